using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Projects;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary>
/// <c>GET /api/projets</c>, <c>/api/projets/{slug}</c>, <c>/api/organisations/{slug}</c>: projects and the
/// organisations that receive money, with the amounts the decisions state.
/// </summary>
public static class ProjectEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGetAndHead("/projets", ListAsync)
            .WithName("ListProjects")
            .WithTags("Projets et organismes")
            .WithSummary("Projets et organismes financés")
            .WithDescription("Les projets nommés par les délibérations et les organismes qui reçoivent de l'argent, avec le nombre de délibérations et le total des montants indiqués. Les projets d'abord, puis les organismes, par nom.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGetAndHead("/projets/{slug}", GetProjectAsync)
            .WithName("GetProject")
            .WithTags("Projets et organismes")
            .WithSummary("Un projet")
            .WithDescription("Un projet et une page des délibérations qui le nomment (`page`, `pageSize`), les plus récentes d'abord, avec le montant que chacune indique pour lui.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGetAndHead("/organisations/{slug}", GetOrganisationAsync)
            .WithName("GetOrganisation")
            .WithTags("Projets et organismes")
            .WithSummary("Un organisme")
            .WithDescription("Un organisme et une page des sommes que les délibérations lui attribuent (`page`, `pageSize`), les plus récentes d'abord.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<ApiList<FundedItem>>, ProblemHttpResult>> ListAsync(
        DeliberationsDb db,
        [Description("`project` ou `organisation` ; les deux si absent.")] string? type,
        [Description("Page, à partir de 1.")] int? page,
        [Description("Nombre d'éléments par page, de 1 à 200 (50 par défaut).")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (parameters, problem) = PageParameters.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        FundedKind? kind = null;
        if (!string.IsNullOrEmpty(type))
        {
            if (!Enum.TryParse<FundedKind>(type, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ApiProblems.BadParameter("type", "type vaut `project` ou `organisation`.");
            }

            kind = parsed;
        }

        var items = new List<FundedItem>();
        if (kind is null or FundedKind.Project)
        {
            items.AddRange((await FundedDirectory.ProjectsAsync(db, cancellationToken)).Select(p => new FundedItem(
                FundedKind.Project, p.Slug, p.Name, null, p.DecisionCount, PlainNumber.Of(p.Total), p.Latest, ApiRoutes.Project(p.Slug), Routes.Project(p.Slug))));
        }

        if (kind is null or FundedKind.Organisation)
        {
            items.AddRange((await FundedDirectory.OrganisationsAsync(db, cancellationToken)).Select(o => new FundedItem(
                FundedKind.Organisation, o.Slug, o.Name, o.Acronym, o.DecisionCount, PlainNumber.Of(o.Total), o.Latest, ApiRoutes.Organisation(o.Slug), Routes.Organisation(o.Slug))));
        }

        var paging = parameters.Of(items.Count);
        return TypedResults.Ok(new ApiList<FundedItem>(paging.Total, [.. items.Skip(paging.Skip).Take(paging.PageSize)]));
    }

    public static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> GetProjectAsync(
        DeliberationsDb db,
        [Description("Identifiant du projet : `grandlyon-connect-pro`.")] string slug,
        [Description("Page des délibérations, à partir de 1.")] int? page,
        [Description("Nombre de délibérations par page, de 1 à 200 (50 par défaut).")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (parameters, problem) = PageParameters.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        return await new FundingQuery(db).ProjectAsync(slug, parameters.Of, cancellationToken) is { } project
            ? TypedResults.Ok(new ProjectDetail(slug, project.Name, PlainNumber.Of(project.Total), project.Mentions.Paging.Total, parameters.Page, parameters.PageSize,
                [.. project.Mentions.Items.Select(m => new ProjectDecisionItem(DecisionRef.From(m.Decision), PlainNumber.Of(m.Amount), m.Source))],
                ApiRoutes.Project(slug), Routes.Project(slug), ApiRoutes.ProjectFeed(slug)))
            : ApiProblems.NotFound("Projet introuvable", $"Aucun projet « {slug} ».");
    }

    public static async Task<Results<Ok<OrganisationDetail>, ProblemHttpResult>> GetOrganisationAsync(
        DeliberationsDb db,
        [Description("Identifiant de l'organisme : `reseau-des-territoires-innovants`.")] string slug,
        [Description("Page des sommes attribuées, à partir de 1.")] int? page,
        [Description("Nombre de sommes par page, de 1 à 200 (50 par défaut).")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (parameters, problem) = PageParameters.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        return await new FundingQuery(db).OrganisationAsync(slug, parameters.Of, cancellationToken) is { } organisation
            ? TypedResults.Ok(new OrganisationDetail(slug, organisation.Name, organisation.Acronym, PlainNumber.Of(organisation.Total), organisation.Grants.Paging.Total, parameters.Page, parameters.PageSize,
                [.. organisation.Grants.Items.Select(g => new OrganisationGrantItem(DecisionRef.From(g.Decision), PlainNumber.Of(g.Amount), g.Nature, g.Kind, g.Line))],
                ApiRoutes.Organisation(slug), Routes.Organisation(slug), ApiRoutes.OrganisationFeed(slug)))
            : ApiProblems.NotFound("Organisme introuvable", $"Aucun organisme « {slug} ».");
    }
}
