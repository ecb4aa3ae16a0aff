using Deliberations.Web.Data;
using Deliberations.Web.Features.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Sittings;

/// <summary>Reads a sitting for every view of it: its page and its API answer.</summary>
public sealed class SittingQuery(DeliberationsDb db)
{
    public async Task<SittingRecord?> FindAsync(string slug, CancellationToken cancellationToken) =>
        await SittingHeader.FindAsync(db, slug, cancellationToken) is { } header
            ? new SittingRecord(header, await SittingAttendance.LoadAsync(db, header.Id, cancellationToken))
            : null;

    /// <summary>
    /// The sitting's decisions by number, for the page to read a page of and the API to read whole.
    /// Shorter numbers first, so that minutes numbered <c>… - 2</c> list it before <c>… - 10</c>, as
    /// printed; a sitting's few hundred rows are sorted, not read along an index. Read without the
    /// council filter, as everything keyed on the sitting (<see cref="SittingAttendance"/>): the sitting
    /// is found within its council, and its decisions are that council's.
    /// </summary>
    public IQueryable<DecisionRow> Decisions(int sittingId) =>
        db.Decisions.IgnoreQueryFilters().Where(d => d.SittingId == sittingId).OrderBy(d => d.OrderKey).Select(DecisionRow.Projection);
}
