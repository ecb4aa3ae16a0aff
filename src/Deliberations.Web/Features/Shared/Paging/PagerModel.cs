using Microsoft.AspNetCore.WebUtilities;

namespace Deliberations.Web.Features.Shared.Paging;

/// <summary>
/// What <c>_Pager</c> shows under a paged list. Several lists can be paged on one page, so each
/// pager has its own accessible name and builds its own links.
/// </summary>
/// <param name="Name">The landmark's name, e.g. <c>Pages des délibérations</c>.</param>
/// <param name="Url">The address of a given page of this list.</param>
public sealed record PagerModel(Paging Paging, string Name, Func<int, string> Url)
{
    /// <summary>A pager for a page that lists one thing: <c>?page=N</c> on <paramref name="path"/>, the first page without it.</summary>
    public static PagerModel OnPath(Paging paging, string name, string path) =>
        new(paging, name, page => page == 1 ? path : QueryHelpers.AddQueryString(path, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
