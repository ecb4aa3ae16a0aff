using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Search;
using Deliberations.Web.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary>A decision found by its words.</summary>
[Description("Une délibération trouvée par ses mots.")]
public sealed record SearchHitItem(
    DecisionRef Decision,
    [property: Description("Le passage qui correspond, en HTML : texte échappé, correspondances entre `<mark>` et `</mark>`.")] string SnippetHtml);

/// <summary>An official found by name, with the term that tells two namesakes apart.</summary>
[Description("Un élu trouvé par son nom, avec le début du mandat qui distingue deux homonymes.")]
public sealed record SearchOfficialItem(OfficialRef Official, DateOnly TermStart);

/// <summary>What <c>/recherche</c> shows, as data: the page's decisions in its order, and the names found.</summary>
[Description("Les résultats d'une recherche, ceux que montre la page `/recherche` avec les mêmes paramètres.")]
public sealed record SearchResults(
    [property: Description("Le nombre de résultats de cette réponse : délibérations de la page, élus, projets et organismes.")] int Total,
    [property: Description("Les délibérations de la page demandée, dans l'ordre demandé.")] IReadOnlyList<SearchHitItem> Items,
    [property: Description("Si d'autres délibérations suivent, à la page suivante.")] bool HasMore,
    [property: Description("Quand aucune délibération ne contient les mots tapés : les mots cherchés à leur place, lus comme les noms d'élus qu'ils désignent (faute de frappe corrigée, prénom que les registres n'impriment pas laissé de côté) ; sinon null.")] string? SearchedInstead,
    IReadOnlyList<SearchOfficialItem> Officials,
    IReadOnlyList<ProjectRef> Projects,
    IReadOnlyList<OrganisationRef> Organisations);

/// <summary><c>GET /api/recherche?q=</c>: what the search page finds, decisions latest sitting first by default.</summary>
public static class SearchEndpoint
{
    public const int MaxLimit = 100;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGetAndHead("/recherche", HandleAsync)
            .WithName("Search")
            .WithTags("Recherche")
            .WithSummary("Recherche plein texte et par nom")
            .WithDescription("Ce que montre la page `/recherche` : les délibérations dont le numéro, l'objet, le texte, les élus ou les projets contiennent les mots cherchés (accents indifférents, dernier mot en préfixe, civilités ignorées), de la séance la plus récente à la plus ancienne ou par pertinence ; les élus, projets et organismes dont le nom répond (une faute de frappe pardonnée, prénom facultatif quand les registres ne l'impriment pas). Les mots ne sont jamais lus comme une syntaxe de requête.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireRateLimiting(RateLimits.Search);

    public static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> HandleAsync(
        DeliberationsDb db,
        IDatabaseEngine engine,
        SearchableNames names,
        [Description("Les mots cherchés (200 caractères au plus).")] string? q,
        [Description("`pertinence` : les plus pertinentes d'abord, parmi les 500 plus récentes ; sinon la séance la plus récente d'abord.")] string? order,
        [Description("Année de la séance (`2019`).")] int? year,
        [Description("Instance : `Conseil`, `Commission permanente` (ou `commission-permanente`).")] string? body,
        [Description("Page des délibérations, de 1 à 50.")] int? page,
        [Description("Nombre de délibérations par page, de 1 à 100 (50 par défaut).")] int? limit,
        CancellationToken cancellationToken)
    {
        var (query, problem) = SearchQuery.Check(q, year);
        if (problem is not null)
        {
            return problem;
        }

        if (order is not null && order != SearchParameters.RelevantOrder)
        {
            return ApiProblems.BadParameter("order", $"order vaut {SearchParameters.RelevantOrder} ou est absent.");
        }

        if (page is < 1 or > SearchParameters.MaxPage)
        {
            return ApiProblems.BadParameter("page", $"page doit être compris entre 1 et {SearchParameters.MaxPage}.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return ApiProblems.BadParameter("limit", $"limit doit être compris entre 1 et {MaxLimit}.");
        }

        var search = new SearchParameters(query, order == SearchParameters.RelevantOrder, year, body, page ?? 1, limit ?? 50);
        var found = await new SiteSearch(db, engine, names).RunAsync(search, cancellationToken);
        return TypedResults.Ok(new SearchResults(
            found.Count,
            [.. found.Decisions.Select(h => new SearchHitItem(DecisionRef.From(h.Decision), h.SnippetHtml))],
            found.HasMoreDecisions,
            found.SearchedInstead,
            [.. found.Officials.Select(o => new SearchOfficialItem(OfficialRef.From(o.Name), o.TermStart))],
            [.. found.Projects.Select(p => ProjectRef.From(p.Slug, p.Name))],
            [.. found.Organisations.Select(o => OrganisationRef.From(o.Slug, o.Name, o.Acronym))]));
    }
}
