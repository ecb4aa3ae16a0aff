using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Officials;

/// <summary>
/// The sittings that hold one page of an official's decisions, newest first, found from the
/// official's counts per sitting (<see cref="Data.Entities.OfficialSitting"/>): the page's lines are
/// then read from those sittings' decisions alone, not from all of the official's lines.
/// </summary>
/// <param name="SittingIds">Every sitting of the dates the page spans.</param>
/// <param name="Skip">The lines of those sittings that belong to earlier pages.</param>
/// <param name="ReachesUndated">The page goes past the dated lines into those of decisions with no sitting, which come last.</param>
public sealed record SittingWindow(IReadOnlyList<int> SittingIds, int Skip, bool ReachesUndated)
{
    public static async Task<SittingWindow> FindAsync(DeliberationsDb db, int officialId, Paging paging, CancellationToken cancellationToken)
    {
        var sittings = await db.OfficialSittings
            .Where(s => s.OfficialId == officialId)
            .Select(s => new { s.SittingId, s.Sitting!.Date, s.Listed })
            .ToListAsync(cancellationToken);

        // Decisions of one date are ordered by number across every body that sat that day: a page is cut at whole dates.
        var ids = new List<int>();
        int? skip = null;
        var before = 0;
        foreach (var date in sittings.GroupBy(s => s.Date).OrderByDescending(d => d.Key))
        {
            var listed = date.Sum(s => s.Listed);
            if (before + listed > paging.Skip)
            {
                skip ??= paging.Skip - before;
                ids.AddRange(date.Select(s => s.SittingId));
            }

            before += listed;
            if (before >= paging.Skip + paging.PageSize)
            {
                return new SittingWindow(ids, skip ?? 0, ReachesUndated: false);
            }
        }

        return new SittingWindow(ids, skip ?? paging.Skip - before, ReachesUndated: true);
    }
}
