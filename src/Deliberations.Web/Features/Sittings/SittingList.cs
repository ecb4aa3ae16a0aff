using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared.Paging;

namespace Deliberations.Web.Features.Sittings;

/// <summary>One sitting of <c>/seances</c>.</summary>
/// <param name="Present">Officials present at one decision of the sitting at least.</param>
public sealed record SittingRow(DateOnly Date, string Body, int? MembersInOffice, int Decisions, int Present);

/// <summary>The query of <c>/seances</c>: sittings newest first with the figures the import stored, a page at a time.</summary>
public static class SittingList
{
    public static Task<PagedList<SittingRow>> LoadAsync(DeliberationsDb db, int? page, int pageSize, CancellationToken cancellationToken) =>
        PagedList<SittingRow>.LoadAsync(
            db.Sittings
                .OrderByDescending(s => s.Date)
                .ThenBy(s => s.Body)
                .Select(s => new SittingRow(
                    s.Date,
                    s.Body,
                    s.MembersInOffice,
                    s.DecisionCount,
                    s.PresentCount)),
            page,
            pageSize,
            cancellationToken);
}
