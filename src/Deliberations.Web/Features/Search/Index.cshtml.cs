using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Hosting.RateLimiting;
using Deliberations.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// <c>/recherche?q=</c>: decisions by full text (latest sitting first, or by relevance with
/// <c>tri=pertinence</c>; filtered by <c>year</c> and <c>body</c>; twenty a page, with snippets),
/// and officials, projects and organisations whose names match, typos forgiven. Any input is only ever words.
/// Not cached: the queries are whatever anyone types, so an entry would rarely be asked for twice.
/// </summary>
[OutputCache(NoStore = true)]
[EnableRateLimiting(RateLimits.Search)]
public sealed class IndexModel(DeliberationsDb db, IDatabaseEngine engine, SearchableNames names, TermCalendar terms) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Order { get; set; }

    public SearchOutcome Found { get; private set; } = new([], false, null, [], [], []);

    /// <summary>The search as asked, filters checked; null without words.</summary>
    public SearchParameters? Parameters { get; private set; }

    /// <summary>The years of the sittings, latest first, and the bodies, for the filters.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Bodies { get; private set; } = [];

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    public bool ByRelevance => Order == SearchParameters.RelevantOrder;

    public int CurrentPage => Parameters?.Page ?? 1;

    /// <summary>This search's page <paramref name="page"/>, in the order asked, with its filters unless <paramref name="filtered"/> is false.</summary>
    public string PageUrl(int page, bool byRelevance, bool filtered = true) =>
        SearchLinks.Page(Parameters! with { Page = page, ByRelevance = byRelevance, Year = filtered ? Parameters.Year : null, Body = filtered ? Parameters.Body : null });

    public string TermInline(DateOnly start) => TermLabel.Inline(terms, start);

    /// <summary>Quoted the French way, the guillemets held to the words by no-break spaces.</summary>
    public static string Quoted(string text) => $"«\u00A0{text}\u00A0»";

    /// <summary>
    /// <paramref name="page"/> is read from the query string by name: Razor Pages keeps the bound name <c>page</c> for the page's own route value.
    /// A year or body that is no filter (typed by hand) is dropped rather than refused, as on the list of decisions.
    /// </summary>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] string? year, [FromQuery] string? body, CancellationToken cancellationToken)
    {
        Query = Query?.Trim() is { Length: > SearchParameters.MaxQueryLength } typed ? typed[..SearchParameters.MaxQueryLength] : Query?.Trim();
        if (!HasQuery)
        {
            return;
        }

        Years = await db.Sittings.AsNoTracking().Select(s => s.Date.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        Bodies = await db.Sittings.AsNoTracking().Select(s => s.Body).Distinct().OrderBy(b => b).ToListAsync(cancellationToken);
        Parameters = new SearchParameters(
            Query!,
            ByRelevance,
            int.TryParse(year, out var y) && Years.Contains(y) ? y : null,
            string.IsNullOrWhiteSpace(body) ? null : NameFilter.Resolve(Bodies, body),
            Math.Clamp(page ?? 1, 1, SearchParameters.MaxPage),
            PageSize);
        Found = await new SiteSearch(db, engine, names).RunAsync(Parameters, cancellationToken);
    }
}
