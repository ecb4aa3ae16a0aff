using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Search;

/// <summary>The decisions behind full-text hits, as lists show them, in the hits' order: for the search page and the API.</summary>
public static class SearchedDecisions
{
    public static async Task<IReadOnlyList<DecisionHit>> LoadAsync(DeliberationsDb db, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        var summaries = new Dictionary<string, DecisionSummary>(hits.Count);
        await foreach (var summary in ByIds(db, [.. hits.Select(h => h.DecisionId)]).WithCancellation(cancellationToken))
        {
            summaries[summary.Number] = summary;
        }

        // A hit without its decision was deleted between the two reads of a request without a snapshot.
        return [.. hits.Where(h => summaries.ContainsKey(h.Number)).Select(h => new DecisionHit(summaries[h.Number], h.Snippet))];
    }

    /// <summary>Compiled once: in a profile of the search page, EF Core's per-call work on the expression (parameter extraction, cache lookup) cost about as much as running the query.</summary>
    private static readonly Func<DeliberationsDb, int[], IAsyncEnumerable<DecisionSummary>> ByIds =
        EF.CompileAsyncQuery((DeliberationsDb db, int[] ids) => db.Decisions.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(DecisionSummary.FromEntity));
}
