using System.ComponentModel;
using Deliberations.Web.Data;
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
            .WithDescription("Un élu, sa présence délibération par délibération, les pouvoirs qu'il a portés, les rapports qu'il a présentés.")
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
            .Select(o => new { o.Id, Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.TermStart })
            .ToListAsync(cancellationToken);
        var figures = await OfficialFigures.LoadAsync(db, [.. officials.Select(o => o.Id)], cancellationToken);
        return TypedResults.Ok(new ApiList<OfficialItem>(paging.Total, [.. officials.Select(o =>
        {
            var f = figures[o.Id];
            var n = o.Name;
            return new OfficialItem(n.Slug, n.Display, n.Civility, n.FirstName, n.Surname, o.TermStart, f.Attendance, f.Reports,
                ApiRoutes.Official(n.Slug), Routes.Official(n.Slug), ApiRoutes.OfficialFeed(n.Slug));
        })]));
    }

    public static async Task<Results<Ok<OfficialDetail>, ProblemHttpResult>> GetAsync(
        DeliberationsDb db,
        [Description("Identifiant de l'élu : `mme-baume-2020`.")] string slug,
        CancellationToken cancellationToken)
    {
        var official = await db.Officials.AsNoTracking().Where(o => o.Slug == slug)
            .Select(o => new { o.Id, Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.TermStart })
            .FirstOrDefaultAsync(cancellationToken);
        if (official is null)
        {
            return ApiProblems.NotFound("Élu introuvable", $"Aucun élu « {slug} ».");
        }

        var id = official.Id;
        var figures = (await OfficialFigures.LoadAsync(db, [id], cancellationToken))[id];
        var spellings = await db.Spellings.AsNoTracking().Where(s => s.OfficialId == id).OrderBy(s => s.Id)
            .Select(s => new SpellingItem(s.Spelling, s.Reason)).ToListAsync(cancellationToken);
        var lines = await db.Attendance.AsNoTracking().Where(a => a.OfficialId == id)
            .Select(a => new
            {
                Decision = new DecisionSummary(a.Decision!.Number, a.Decision.Title, a.Decision.Sitting == null ? null : a.Decision.Sitting.Date, a.Decision.Sitting == null ? null : a.Decision.Sitting.Body),
                a.Status,
                a.PrintedName,
                Holder = a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname),
            }).ToListAsync(cancellationToken);
        var held = await db.Attendance.AsNoTracking().Where(a => a.ProxyHolderId == id)
            .Select(a => new
            {
                Decision = new DecisionSummary(a.Decision!.Number, a.Decision.Title, a.Decision.Sitting == null ? null : a.Decision.Sitting.Date, a.Decision.Sitting == null ? null : a.Decision.Sitting.Body),
                From = new OfficialName(a.Official!.Slug, a.Official.Civility, a.Official.FirstName, a.Official.Surname),
            }).ToListAsync(cancellationToken);
        var reports = await db.Decisions.AsNoTracking().Where(d => d.RapporteurId == id).Select(DecisionSummary.FromEntity).ToListAsync(cancellationToken);

        var n = official.Name;
        return TypedResults.Ok(new OfficialDetail(
            n.Slug, n.Display, n.Civility, n.FirstName, n.Surname, official.TermStart, figures.Attendance, spellings,
            [.. lines.OrderByDescending(l => l.Decision.Date).ThenByDescending(l => l.Decision.Number, StringComparer.Ordinal)
                .Select(l => new OfficialDecisionItem(DecisionRef.From(l.Decision), l.Status, l.PrintedName, l.Holder is null ? null : OfficialRef.From(l.Holder)))],
            [.. held.OrderByDescending(h => h.Decision.Date).ThenByDescending(h => h.Decision.Number, StringComparer.Ordinal)
                .Select(h => new HeldProxyItem(DecisionRef.From(h.Decision), OfficialRef.From(h.From)))],
            [.. reports.OrderByDescending(r => r.Date).ThenByDescending(r => r.Number, StringComparer.Ordinal).Select(DecisionRef.From)],
            ApiRoutes.Official(n.Slug), Routes.Official(n.Slug), ApiRoutes.OfficialFeed(n.Slug)));
    }
}
