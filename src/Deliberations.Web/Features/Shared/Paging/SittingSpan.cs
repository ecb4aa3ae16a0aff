namespace Deliberations.Web.Features.Shared.Paging;

/// <summary>How many rows of a list a filter keeps of one sitting (none: the rows of undated decisions), and that sitting's date.</summary>
public sealed record SittingCount(int? SittingId, DateOnly? Date, int Count);

/// <summary>
/// The sittings one page of a list ordered by sitting falls in, and how many of their rows come
/// before it: the page is then read among these sittings' rows alone, whatever its number, instead
/// of skipping every row of the pages before it. The counts per sitting are kept by the import.
/// </summary>
public sealed record SittingSpan(IReadOnlyList<int?> SittingIds, int Skip)
{
    /// <summary>
    /// Walks the sittings newest first (the lists' order), undated decisions last. Sittings of one date
    /// are taken together: the lists order their rows by decision number across them.
    /// </summary>
    public static SittingSpan Of(IEnumerable<SittingCount> counts, int skip, int take)
    {
        var ids = new List<int?>();
        var before = 0;
        var skipWithin = 0;
        foreach (var day in counts.GroupBy(c => c.Date).OrderByDescending(d => d.Key.HasValue).ThenByDescending(d => d.Key))
        {
            var count = day.Sum(c => c.Count);
            if (before + count <= skip)
            {
                before += count;
                continue;
            }

            if (ids.Count == 0)
            {
                skipWithin = skip - before;
            }

            ids.AddRange(day.Select(c => c.SittingId));
            before += count;
            if (before >= skip + take)
            {
                break;
            }
        }

        return new SittingSpan(ids, skipWithin);
    }
}
