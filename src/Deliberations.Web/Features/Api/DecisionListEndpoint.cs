using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Decisions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary><c>GET /api/deliberations</c>: the decisions, latest sitting first, filtered and paged.</summary>
public static class DecisionListEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGetAndHead("/deliberations", HandleAsync)
            .WithName("ListDecisions")
            .WithTags("Délibérations")
            .WithSummary("Liste des délibérations")
            .WithDescription("Les délibérations, de la séance la plus récente à la plus ancienne, avec leurs effectifs. Filtres cumulables.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    public static async Task<Results<Ok<ApiList<DecisionItem>>, ProblemHttpResult>> HandleAsync(
        DeliberationsDb db,
        [Description("Année de la séance (`2019`).")] int? year,
        [Description("Instance : `Conseil`, `Commission permanente` (ou `commission-permanente`).")] string? body,
        [Description("Commission principale, telle qu'imprimée (casse et accents indifférents).")] string? commission,
        [Description("Identifiant (slug) de l'élu rapporteur : `mme-baume-2020`.")] string? rapporteur,
        [Description("Page, à partir de 1.")] int? page,
        [Description("Nombre d'éléments par page, de 1 à 200 (50 par défaut).")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (parameters, problem) = PageParameters.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        if (year is < 1 or > 9998)
        {
            return ApiProblems.BadParameter("year", "year doit être une année sur quatre chiffres.");
        }

        // Names are matched leniently (case, accents, slug form) and one that matches none keeps nothing,
        // where the site's form drops it; the list itself is the site's.
        var filter = new DecisionFilter(
            year,
            await NameFilter.StoredBodyAsync(db, body, cancellationToken),
            await NameFilter.StoredCommissionAsync(db, commission, cancellationToken),
            string.IsNullOrWhiteSpace(rapporteur) ? null : rapporteur);
        var decisions = await new DecisionListQuery(db).PageAsync(filter, parameters.Of, cancellationToken);
        return TypedResults.Ok(new ApiList<DecisionItem>(decisions.Paging.Total, [.. decisions.Items.Select(DecisionItem.From)]));
    }
}
