using System.ComponentModel;
using Deliberations.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary><c>GET /api/deliberations/{number}</c>: one decision, everything the parser found.</summary>
public static class DecisionDetailEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGetAndHead("/deliberations/{number}", HandleAsync)
            .WithName("GetDecision")
            .WithTags("Délibérations")
            .WithSummary("Une délibération")
            .WithDescription("Tout ce que l'analyse a lu dans le texte courant : en-tête, articles, présences et pouvoirs, tableaux budgétaires, imputations, amendements, projets, subventions, diagnostics, versions.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DecisionDetail>, ProblemHttpResult>> HandleAsync(
        DeliberationsDb db, [Description("Numéro tel qu'imprimé : `2021-0801`, `CP-2018-2133`.")] string number, CancellationToken cancellationToken) =>
        await DecisionDetailQuery.LoadAsync(db, number, cancellationToken) is { } decision
            ? TypedResults.Ok(decision)
            : ApiProblems.NotFound("Délibération introuvable", $"Aucune délibération n° {number}.");
}
