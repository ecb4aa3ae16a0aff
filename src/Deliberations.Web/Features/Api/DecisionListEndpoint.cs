using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        var (paging, problem) = Paging.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        if (year is < 1 or > 9998)
        {
            return ApiProblems.BadParameter("year", "year doit être une année sur quatre chiffres.");
        }

        var query = db.Decisions.AsNoTracking();
        if (year is { } y)
        {
            // A date range rather than .Year keeps the sitting date index usable.
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1));
            query = query.Where(d => d.Sitting != null && d.Sitting.Date >= from && d.Sitting.Date < to);
        }

        if (!string.IsNullOrWhiteSpace(body))
        {
            var stored = NameFilter.Resolve(await db.Sittings.Select(s => s.Body).Distinct().ToListAsync(cancellationToken), body);
            query = query.Where(d => d.Sitting != null && d.Sitting.Body == stored);
        }

        if (!string.IsNullOrWhiteSpace(commission))
        {
            // A commission no decision names matches nothing (not the decisions that name none).
            var stored = NameFilter.Resolve(await db.Decisions.Select(d => d.Commission).Distinct().ToListAsync(cancellationToken), commission) ?? "";
            query = query.Where(d => d.Commission == stored);
        }

        if (!string.IsNullOrWhiteSpace(rapporteur))
        {
            query = query.Where(d => d.Rapporteur != null && d.Rapporteur.Slug == rapporteur);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .PageNewestFirst(paging.Skip, paging.PageSize)
            .Select(DecisionItem.Projection)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ApiList<DecisionItem>(total, [.. rows.Select(DecisionItem.From)]));
    }
}
