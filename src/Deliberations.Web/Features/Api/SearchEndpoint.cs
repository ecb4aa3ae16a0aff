using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Search;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Api;

/// <summary>A decision found by its words.</summary>
[Description("Une délibération trouvée par ses mots.")]
public sealed record SearchHitItem(
    DecisionRef Decision,
    [property: Description("Le passage qui correspond, en HTML : texte échappé, correspondances entre `<mark>` et `</mark>`.")] string SnippetHtml);

/// <summary><c>GET /api/recherche?q=</c>: decisions by full text, most relevant first.</summary>
public static class SearchEndpoint
{
    public const int MaxQueryLength = 200;

    public const int MaxLimit = 100;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGetAndHead("/recherche", HandleAsync)
            .WithName("Search")
            .WithTags("Recherche")
            .WithSummary("Recherche plein texte")
            .WithDescription("Les délibérations dont le numéro, l'objet, le texte, les élus ou les projets contiennent les mots cherchés (accents indifférents, dernier mot en préfixe), la plus pertinente d'abord. Les mots ne sont jamais lus comme une syntaxe de requête.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireRateLimiting(RateLimits.Search);

    public static async Task<Results<Ok<ApiList<SearchHitItem>>, ProblemHttpResult>> HandleAsync(
        DeliberationsDb db,
        IDatabaseEngine engine,
        [Description("Les mots cherchés (200 caractères au plus).")] string? q,
        [Description("Nombre maximal de résultats, de 1 à 100 (50 par défaut).")] int? limit,
        CancellationToken cancellationToken)
    {
        var query = q?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return ApiProblems.BadParameter("q", "q, les mots cherchés, est obligatoire.");
        }

        if (query.Length > MaxQueryLength)
        {
            return ApiProblems.BadParameter("q", $"q ne dépasse pas {MaxQueryLength} caractères.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return ApiProblems.BadParameter("limit", $"limit doit être compris entre 1 et {MaxLimit}.");
        }

        var hits = await engine.SearchAsync(db, new SearchRequest(query, SearchOrder.Relevant, 0, limit ?? 50), cancellationToken);
        List<SearchHitItem> items = [.. (await SearchedDecisions.LoadAsync(db, hits, cancellationToken)).Select(h => new SearchHitItem(DecisionRef.From(h.Decision), h.SnippetHtml))];
        return TypedResults.Ok(new ApiList<SearchHitItem>(items.Count, items));
    }
}
