using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Officials;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Api;

/// <summary><c>GET /api/elus</c> and <c>GET /api/elus/{slug}</c>: officials with their attendance and proxies.</summary>
public static class OfficialEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGetAndHead("/elus", ListAsync)
            .WithName("ListOfficials")
            .WithTags("Élus")
            .WithSummary("Liste des élus")
            .WithDescription("Les élus, par nom, avec leur présence : délibérations où ils sont présents, excusés, absents, pouvoirs donnés et détenus.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGetAndHead("/elus/{slug}", GetAsync)
            .WithName("GetOfficial")
            .WithTags("Élus")
            .WithSummary("Un élu")
            .WithDescription("Un élu, sa présence délibération par délibération, les pouvoirs qu'il a portés, les rapports qu'il a présentés : la même page de chacune des trois listes (`page`, `pageSize`).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<ApiList<OfficialItem>>, ProblemHttpResult>> ListAsync(
        DeliberationsDb db,
        [Description("Année du début du mandat (`2015`, `2020`).")] int? term,
        [Description("Page, à partir de 1.")] int? page,
        [Description("Nombre d'éléments par page, de 1 à 200 (50 par défaut).")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (parameters, problem) = PageParameters.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        if (term is < 1 or > 9998)
        {
            return ApiProblems.BadParameter("term", "term doit être une année sur quatre chiffres.");
        }

        var query = db.Officials.AsNoTracking();
        if (term is { } t)
        {
            var (from, to) = (new DateOnly(t, 1, 1), new DateOnly(t + 1, 1, 1));
            query = query.Where(o => o.TermStart >= from && o.TermStart < to);
        }

        var paging = parameters.Of(await query.CountAsync(cancellationToken));
        var officials = await query.OrderBy(o => o.SurnameKey).ThenByDescending(o => o.TermStart).ThenBy(o => o.Slug)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(OfficialFacts.FromEntity)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ApiList<OfficialItem>(paging.Total, [.. officials.Select(o =>
        {
            var n = o.Name;
            return new OfficialItem(n.Slug, n.Plain, n.Civility, n.FirstName, n.Surname, o.TermStart, OfficialAttendance.From(o.Totals), o.Totals.Reports,
                ApiRoutes.Official(n.Slug), Routes.Official(n.Slug), ApiRoutes.OfficialFeed(n.Slug));
        })]));
    }

    public static async Task<Results<Ok<OfficialDetail>, ProblemHttpResult>> GetAsync(
        DeliberationsDb db,
        [Description("Identifiant de l'élu : `mme-baume-2020`.")] string slug,
        [Description("Page de chaque liste (délibérations, pouvoirs portés, rapports), à partir de 1.")] int? page,
        [Description("Nombre d'éléments par page de chaque liste, de 1 à 200 (50 par défaut).")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (parameters, problem) = PageParameters.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        // A page of each list, as every list of the API: the busiest official of 200,000 extracts has 100,000 lines.
        var query = new OfficialQuery(db);
        if (await query.RunAsync(slug, new OfficialPages(parameters.Of, parameters.Of), cancellationToken) is not { } official)
        {
            return ApiProblems.NotFound("Élu introuvable", $"Aucun élu « {slug} ».");
        }

        var (n, totals) = (official.Facts.Name, official.Facts.Totals);
        var held = await query.HeldAsync(official.Facts.Id, parameters.Of(totals.ProxiesHeld), cancellationToken);
        return TypedResults.Ok(new OfficialDetail(
            n.Slug, n.Plain, n.Civility, n.FirstName, n.Surname, official.Facts.TermStart, OfficialAttendance.From(totals), totals.Reports, parameters.Page, parameters.PageSize,
            [.. official.Spellings.Select(s => new SpellingItem(s.Spelling, s.Reason))],
            [.. official.Decisions.Items.Select(l => new OfficialDecisionItem(DecisionRef.From(l.Decision), l.Status, l.PrintedName, l.ProxyHolder is null ? null : OfficialRef.From(l.ProxyHolder)))],
            [.. held.Select(h => new HeldProxyItem(DecisionRef.From(h.Decision), OfficialRef.From(h.Colleague)))],
            [.. official.Reported.Items.Select(DecisionRef.From)],
            ApiRoutes.Official(n.Slug), Routes.Official(n.Slug), ApiRoutes.OfficialFeed(n.Slug)));
    }
}
