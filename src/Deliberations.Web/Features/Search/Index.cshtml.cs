using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Hosting.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// <c>/recherche?q=</c>: decisions by full text (newest first, or by relevance with <c>tri=pertinence</c>,
/// twenty a page, with snippets), and officials, projects and organisations whose names match,
/// typos forgiven. Any input is only ever words.
/// Not cached: the queries are whatever anyone types, so an entry would rarely be asked for twice.
/// </summary>
[OutputCache(NoStore = true)]
[EnableRateLimiting(RateLimits.Search)]
public sealed class IndexModel(DeliberationsDb db, IDatabaseEngine engine, SearchableNames names) : PageModel
{
    /// <summary>Longer input is cut: no one types more, and it keeps every search cheap.</summary>
    public const int MaxQueryLength = 200;

    public const int PageSize = 20;

    /// <summary>The <c>tri</c> value for relevance; anything else is newest first.</summary>
    public const string RelevantOrder = "pertinence";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Order { get; set; }

    public IReadOnlyList<DecisionHit> Decisions { get; private set; } = [];

    /// <summary>Whether the search found more decisions than this page shows.</summary>
    public bool HasMoreDecisions { get; private set; }

    public IReadOnlyList<OfficialHit> Officials { get; private set; } = [];

    public IReadOnlyList<NamedHit> Projects { get; private set; } = [];

    public IReadOnlyList<NamedHit> Organisations { get; private set; } = [];

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    public bool ByRelevance => Order == RelevantOrder;

    public int CurrentPage { get; private set; } = 1;

    /// <summary>Deep pages cost FTS5 a walk past every earlier match; a thousand decisions is further than anyone pages.</summary>
    public const int MaxPage = 50;

    public string PageUrl(int page, bool byRelevance) =>
        Routes.Search(Query ?? "") + (byRelevance ? "&tri=" + RelevantOrder : "") + (page > 1 ? $"&page={page}" : "");

    /// <summary><paramref name="page"/> is read from the query string by name: Razor Pages keeps the bound name <c>page</c> for the page's own route value.</summary>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        CurrentPage = Math.Clamp(page ?? 1, 1, MaxPage);
        Query = Query?.Trim() is { Length: > MaxQueryLength } typed ? typed[..MaxQueryLength] : Query?.Trim();
        if (!HasQuery)
        {
            return;
        }

        var request = new SearchRequest(Query!, ByRelevance ? SearchOrder.Relevant : SearchOrder.Newest, (CurrentPage - 1) * PageSize, PageSize);
        var found = await engine.SearchAsync(db, request, cancellationToken);
        HasMoreDecisions = found.HasMore && CurrentPage < MaxPage;
        Decisions = await WithNumberFirstAsync(await SearchedDecisions.LoadAsync(db, found, cancellationToken), cancellationToken);

        var words = NameMatcher.Words(Query!);
        var directory = await names.GetAsync(db, cancellationToken);
        Officials = SearchableNames.Directory.Matching(directory.Officials, words);
        Projects = SearchableNames.Directory.Matching(directory.Projects, words);
        Organisations = SearchableNames.Directory.Matching(directory.Organisations, words);
    }

    /// <summary>A query that is a decision's number puts that decision first, whatever the order: whoever types a number wants that decision.</summary>
    private async Task<IReadOnlyList<DecisionHit>> WithNumberFirstAsync(IReadOnlyList<DecisionHit> hits, CancellationToken cancellationToken)
    {
        if (CurrentPage > 1 || !LooksLikeNumber(Query!))
        {
            return hits;
        }

        var exact = await DecisionByNumber(db, Query!.ToUpperInvariant()).FirstOrDefaultAsync(cancellationToken);
        if (exact is null)
        {
            return hits;
        }

        var found = hits.FirstOrDefault(h => h.Decision.Number == exact.Number);
        return [found ?? new DecisionHit(exact, ""), .. hits.Where(h => h != found)];
    }

    /// <summary>Decision numbers are digits and dashes, sometimes after letters (<c>2019-3853</c>, <c>CP-2019-2500</c>): other queries are not looked up.</summary>
    private static bool LooksLikeNumber(string query) => query.Any(char.IsAsciiDigit) && query.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static readonly Func<DeliberationsDb, string, IAsyncEnumerable<DecisionSummary>> DecisionByNumber =
        EF.CompileAsyncQuery((DeliberationsDb db, string number) => db.Decisions.AsNoTracking().Where(d => d.Number == number).Select(DecisionSummary.FromEntity));
}
