using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared.Paging;

namespace Deliberations.Web.Features.Sittings;

/// <summary>One sitting of <c>/seances</c> and <c>/api/seances</c>.</summary>
/// <param name="Present">Officials present at one decision of the sitting at least.</param>
public sealed record SittingRow(DateOnly Date, string Body, DateOnly TermStart, int? MembersInOffice, int Decisions, int Present);

/// <summary>The list of sittings, the site's and the API's: newest first with the figures the import stored, a page at a time.</summary>
public static class SittingList
{
    /// <param name="year">Only that year's sittings (the API's filter; the page lists them all).</param>
    /// <param name="body">Only that body's sittings, as stored.</param>
    /// <param name="page">Chooses the page once the total is known (see <see cref="PagedList{T}.LoadAsync(IQueryable{T}, Func{int, Paging}, CancellationToken)"/>).</param>
    public static Task<PagedList<SittingRow>> LoadAsync(DeliberationsDb db, int? year, string? body, Func<int, Paging> page, CancellationToken cancellationToken)
    {
        var sittings = db.Sittings.AsQueryable();
        if (year is { } y)
        {
            // A date range rather than Date.Year, so the sittings' date index can serve it.
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1));
            sittings = sittings.Where(s => s.Date >= from && s.Date < to);
        }

        if (body is not null)
        {
            sittings = sittings.Where(s => s.Body == body);
        }

        return PagedList<SittingRow>.LoadAsync(
            sittings
                .OrderByDescending(s => s.Date)
                .ThenBy(s => s.Body)
                .Select(s => new SittingRow(s.Date, s.Body, s.TermStart, s.MembersInOffice, s.DecisionCount, s.PresentCount)),
            page,
            cancellationToken);
    }
}
