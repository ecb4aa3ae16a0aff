namespace Deliberations.Web.Features.Shared.Paging;

/// <summary>One page of a long list, for every list of the site and of the API.</summary>
public sealed record Paging(int Page, int PageSize, int Total)
{
    /// <summary>Pages linked on each side of the current one by a numbered pager; further pages are reached through the ends.</summary>
    public const int Radius = 2;

    /// <summary>
    /// The page a site link asks for, clamped rather than refused: a link that outlived a re-import, or a
    /// hand-edited <c>?page=-3</c>, still lands on a real page. (The API serves the page asked, empty past the end.)
    /// </summary>
    public static Paging Of(int? requested, int pageSize, int total)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(requested ?? 1, 1, pages), pageSize, total);
    }

    /// <summary>The whole list as one page: what an API answer that lists everything reads.</summary>
    public static Paging Whole(int total) => new(1, Math.Max(1, total), total);

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The 1-based rank of the first and last items shown, for "41 à 60 sur 215".</summary>
    public int First => Total == 0 ? 0 : Skip + 1;

    public int Last => Math.Min(Total, Skip + PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The page numbers a numbered pager links, in order; null stands for a gap (<c>…</c>).</summary>
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
