using System.Globalization;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// The addresses of one search: its page and its JSON, each with every parameter of the search, so
/// the JSON link of a page gives the same decisions, on the same page, in the same order.
/// </summary>
public static class SearchLinks
{
    /// <summary><c>/recherche?q=…&amp;tri=pertinence&amp;year=…&amp;body=…&amp;page=…</c>, the defaults left out.</summary>
    public static string Page(SearchParameters search) =>
        "/recherche" + Query(("q", search.Query), ("tri", search.ByRelevance ? SearchParameters.RelevantOrder : null), ("year", Year(search)), ("body", search.Body), ("page", search.Page > 1 ? Number(search.Page) : null));

    /// <summary>The same search as <see cref="Page"/>, from the API, with the page's length.</summary>
    public static string Json(SearchParameters search) =>
        ApiRoutes.Search + Query(
            ("q", search.Query),
            ("order", search.ByRelevance ? SearchParameters.RelevantOrder : null),
            ("year", Year(search)),
            ("body", search.Body),
            ("page", search.Page > 1 ? Number(search.Page) : null),
            ("limit", Number(search.PageSize)));

    /// <summary>The same search as an Atom feed: its newest decisions, with its filters (order and page are the feed's own).</summary>
    public static string Feed(SearchParameters search) =>
        ApiRoutes.SearchFeed + Query(("q", search.Query), ("year", Year(search)), ("body", search.Body));

    private static string? Year(SearchParameters search) => search.Year is { } year ? Number(year) : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Query(params (string Name, string? Value)[] parameters) =>
        "?" + string.Join('&', parameters.Where(p => p.Value is not null).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)));
}
