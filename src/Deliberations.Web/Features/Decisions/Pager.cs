namespace Deliberations.Web.Features.Decisions;

/// <summary>Which page of a list is shown, and which page links to offer around it.</summary>
public sealed record Pager(int Page, int PageCount, int PageSize, int Total)
{
    /// <summary>Pages shown on each side of the current one; further pages are reached through the first and last links.</summary>
    public const int Radius = 2;

    /// <summary>A page past the end shows the last page rather than an empty one: a stale link still leads somewhere.</summary>
    public static Pager For(int requestedPage, int total, int pageSize)
    {
        var count = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new Pager(Math.Clamp(requestedPage, 1, count), count, pageSize, total);
    }

    public int Skip => (Page - 1) * PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public int First => Total == 0 ? 0 : Skip + 1;

    public int Last => Math.Min(Total, Page * PageSize);

    /// <summary>The page numbers to link, in order; null stands for a gap (<c>…</c>).</summary>
    public IReadOnlyList<int?> Window()
    {
        var pages = new List<int?>();
        var from = Math.Max(1, Page - Radius);
        var to = Math.Min(PageCount, Page + Radius);
        if (from > 1)
        {
            pages.Add(1);
            if (from > 2)
            {
                pages.Add(null);
            }
        }

        for (var p = from; p <= to; p++)
        {
            pages.Add(p);
        }

        if (to < PageCount)
        {
            if (to < PageCount - 1)
            {
                pages.Add(null);
            }

            pages.Add(PageCount);
        }

        return pages;
    }
}
