namespace Deliberations.Web.Features.Shared.Paging;

/// <summary>
/// One page of a long list. The requested page is clamped rather than refused: a link that outlived
/// a re-import, or a hand-edited <c>?page=-3</c>, still lands on a real page.
/// </summary>
public sealed record Paging(int Page, int PageSize, int Total)
{
    public static Paging Of(int? requested, int pageSize, int total)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(requested ?? 1, 1, pages), pageSize, total);
    }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The 1-based rank of the first and last items shown, for "41 à 60 sur 215".</summary>
    public int First => Total == 0 ? 0 : Skip + 1;

    public int Last => Math.Min(Total, Skip + PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
