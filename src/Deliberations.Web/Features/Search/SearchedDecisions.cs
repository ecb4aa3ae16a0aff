using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// The decisions behind full-text hits, as lists show them, in the hits' order, each with the
/// passage where the words stand: for the search page and the API. The passages are cut here, from
/// the report and articles of the decisions shown only, since the index keeps no text.
/// </summary>
public static class SearchedDecisions
{
    public static async Task<IReadOnlyList<DecisionHit>> LoadAsync(DeliberationsDb db, SearchHits found, CancellationToken cancellationToken)
    {
        int[] ids = [.. found.DecisionIds];
        var decisions = new Dictionary<int, Found>(ids.Length);
        await foreach (var decision in ByIds(db, ids).WithCancellation(cancellationToken))
        {
            decisions[decision.Id] = decision;
        }

        var articles = (await ArticlesOf(db, ids).ToListAsync(cancellationToken)).ToLookup(a => a.DecisionId, a => (a.Number, a.Text));

        // A hit without its decision was deleted between the two reads of a request without a snapshot.
        return [.. ids.Where(decisions.ContainsKey).Select(id => decisions[id]).Select(d => new DecisionHit(
            new DecisionSummary(d.Number, d.Title, d.Date, d.Body),
            found.Terms is { } terms ? SearchSnippet.Build(SearchBody.Of(StoredReport.Text(d.ReportCopy, d.Source, d.ReportStart, d.ReportLength), articles[d.Id]), terms) : ""))];
    }

    /// <summary>Compiled once: in a profile of the search page, EF Core's per-call work on the expression (parameter extraction, cache lookup) cost about as much as running the query.</summary>
    private static readonly Func<DeliberationsDb, int[], IAsyncEnumerable<Found>> ByIds =
        EF.CompileAsyncQuery((DeliberationsDb db, int[] ids) => db.Decisions.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new Found(
            d.Id,
            d.Number,
            d.Title,
            d.Sitting == null ? null : d.Sitting.Date,
            d.Sitting == null ? null : d.Sitting.Body,
            d.ReportText,
            d.ReportText == null ? d.CurrentDocument!.Text : null,
            d.ReportStart,
            d.ReportLength)));

    private static readonly Func<DeliberationsDb, int[], IAsyncEnumerable<Article>> ArticlesOf =
        EF.CompileAsyncQuery((DeliberationsDb db, int[] ids) => db.Articles.AsNoTracking().Where(a => ids.Contains(a.DecisionId))
            .OrderBy(a => a.DecisionId).ThenBy(a => a.Position)
            .Select(a => new Article(a.DecisionId, a.Number, a.Text)));

    private sealed record Found(int Id, string Number, string Title, DateOnly? Date, string? Body, string? ReportCopy, string? Source, int ReportStart, int ReportLength);

    private sealed record Article(int DecisionId, string Number, string Text);
}
