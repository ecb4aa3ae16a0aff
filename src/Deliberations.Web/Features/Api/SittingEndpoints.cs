using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Decisions;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Sittings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Api;

/// <summary><c>GET /api/seances</c> and <c>GET /api/seances/{slug}</c>: the sittings, as the HTML pages list them.</summary>
public static class SittingEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGetAndHead("/seances", ListAsync)
            .WithName("ListSittings")
            .WithTags("Séances")
            .WithSummary("Liste des séances")
            .WithDescription("Les séances du Conseil et de la Commission permanente, la plus récente d'abord.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGetAndHead("/seances/{slug}", GetAsync)
            .WithName("GetSitting")
            .WithTags("Séances")
            .WithSummary("Une séance")
            .WithDescription("Une séance, ses délibérations et, pour chaque élu listé, sa présence sur ces délibérations.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<ApiList<SittingItem>>, ProblemHttpResult>> ListAsync(
        DeliberationsDb db,
        [Description("Année de la séance (`2019`).")] int? year,
        [Description("Instance : `Conseil`, `Commission permanente` (ou `commission-permanente`).")] string? body,
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

        var sittings = await SittingList.LoadAsync(db, year, await NameFilter.StoredBodyAsync(db, body, cancellationToken), parameters.Of, cancellationToken);
        return TypedResults.Ok(new ApiList<SittingItem>(sittings.Paging.Total, [.. sittings.Items.Select(s =>
        {
            var link = SittingRef.From(s.Date, s.Body);
            return new SittingItem(link.Slug, s.Date, s.Body, s.TermStart, s.MembersInOffice, s.Decisions, link.Url, link.HtmlUrl);
        })]));
    }

    public static async Task<Results<Ok<SittingDetail>, ProblemHttpResult>> GetAsync(
        DeliberationsDb db,
        [Description("`2021-12-13-conseil` : la date ISO, un tiret, l'instance.")] string slug,
        CancellationToken cancellationToken)
    {
        var query = new SittingQuery(db);
        if (await query.FindAsync(slug, cancellationToken) is not { } sitting)
        {
            return ApiProblems.NotFound("Séance introuvable", $"Aucune séance « {slug} ».");
        }

        var header = sitting.Header;
        var decisions = await query.Decisions(header.Id).ToListAsync(cancellationToken);
        var link = SittingRef.From(header.Date, header.Body);
        return TypedResults.Ok(new SittingDetail(
            link.Slug, header.Date, header.Body, header.TermStart, header.MembersInOffice,
            [.. decisions.Select(DecisionItem.From)],
            [.. sitting.Attendance.Members.OrderBy(m => m.SurnameKey, StringComparer.Ordinal).ThenBy(m => m.Name.Slug, StringComparer.Ordinal)
                .Select(m => new SittingAttendanceItem(OfficialRef.From(m.Name), m.Present, m.Excused, m.Unexcused, m.ProxiesGiven))],
            link.Url, link.HtmlUrl));
    }
}
