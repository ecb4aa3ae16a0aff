using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Search;

/// <summary>What a search found: one page of decisions and every name that answers the query.</summary>
/// <param name="SearchedInstead">The words the decisions were searched for when the typed ones are in none (<see cref="TypedQuery.AsNamed"/>).</param>
public sealed record SearchOutcome(
    IReadOnlyList<DecisionHit> Decisions,
    bool HasMoreDecisions,
    string? SearchedInstead,
    IReadOnlyList<OfficialHit> Officials,
    IReadOnlyList<ProjectHit> Projects,
    IReadOnlyList<OrganisationHit> Organisations)
{
    public int Count => Decisions.Count + Officials.Count + Projects.Count + Organisations.Count;
}

/// <summary>
/// One search as the page and the API both answer it: decisions by their words, officials, projects
/// and organisations by their names. One code path, so the JSON of a search is what its page shows.
/// </summary>
public sealed class SiteSearch(DeliberationsDb db, IDatabaseEngine engine, SearchableNames names)
{
    public async Task<SearchOutcome> RunAsync(SearchParameters parameters, CancellationToken cancellationToken)
    {
        var query = TypedQuery.WithoutCivilities(parameters.Query);
        var words = NameMatcher.Words(query);
        var directory = await names.GetAsync(db, cancellationToken);
        var officials = SearchableNames.Directory.Matching(directory.Officials, words);

        var request = new SearchRequest(query, parameters.ByRelevance ? SearchOrder.Relevant : SearchOrder.Newest, parameters.Offset, parameters.PageSize)
        {
            Filter = new SearchFilter(parameters.Year, await NameFilter.StoredBodyAsync(db, parameters.Body, cancellationToken)),
            Fallback = TypedQuery.AsNamed(words, [.. officials.Select(o => o.Words)]),
        };
        var found = await engine.SearchAsync(db, request, cancellationToken);
        var decisions = await SearchedDecisions.LoadAsync(db, found, cancellationToken);
        return new SearchOutcome(
            parameters.Page == 1 && !parameters.HasFilter ? await WithNumberFirstAsync(decisions, parameters.Query, cancellationToken) : decisions,
            found.HasMore && parameters.Page < SearchParameters.MaxPage,
            found.ByFallback ? request.Fallback : null,
            [.. officials.Select(o => o.Hit)],
            [.. SearchableNames.Directory.Matching(directory.Projects, words).Select(p => p.Hit)],
            [.. SearchableNames.Directory.Matching(directory.Organisations, words).Select(o => o.Hit)]);
    }

    /// <summary>A query that is a decision's number puts that decision first, whatever the order: whoever types a number wants that decision.</summary>
    private async Task<IReadOnlyList<DecisionHit>> WithNumberFirstAsync(IReadOnlyList<DecisionHit> hits, string query, CancellationToken cancellationToken)
    {
        if (!LooksLikeNumber(query) || await DecisionByNumber(db, query.ToUpperInvariant()).FirstOrDefaultAsync(cancellationToken) is not { } exact)
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
