using Deliberations.Web.Data;
using Deliberations.Web.Features.Decisions;

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
    /// printed; a sitting's few hundred rows are sorted, not read along an index.
    /// </summary>
    public IQueryable<DecisionRow> Decisions(int sittingId) =>
        db.Decisions.Where(d => d.SittingId == sittingId).OrderBy(d => d.Number.Length).ThenBy(d => d.Number).Select(DecisionRow.Projection);
}
