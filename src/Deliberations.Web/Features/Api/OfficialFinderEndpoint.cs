using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Councils;
using Deliberations.Web.Hosting.RateLimiting;
using Deliberations.Web.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Officials = Deliberations.Web.Features.Officials;

namespace Deliberations.Web.Features.Api;

/// <summary>An official found by name in one of the councils the site holds, with the council's links.</summary>
[Description("Un élu trouvé par son nom dans l'un des conseils que tient le site ; ses liens sont ceux de son conseil.")]
public sealed record FoundOfficialItem(
    OfficialRef Official,
    [property: Description("Nom du conseil : `Ville d'Avranches`.")] string Council,
    [property: Description("Page d'accueil du conseil sur le site : `/` pour la Métropole de Lyon, `/conseils/avranches` pour un autre.")] string CouncilUrl,
    [property: Description("Premier jour du mandat.")] DateOnly TermStart);

/// <summary><c>GET /api/conseils/elus?nom=</c>: what <c>/conseils?nom=</c> finds, as data.</summary>
public static class OfficialFinderEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGetAndHead("/conseils/elus", HandleAsync)
            .WithName("FindOfficialInEveryCouncil")
            .WithTags("Élus")
            .WithSummary("Un élu trouvé par son nom dans tous les conseils")
            .WithDescription($"Ce que montre la page `/conseils?nom=` : les élus de chaque conseil dont le nom répond aux mots tapés (une faute de frappe pardonnée, accents et civilités indifférents, le nom de famille parmi les mots), les {OfficialFinder.Shown} premiers par nom, conseil et mandat. Un même nom dans deux conseils fait deux élus : les conseils ne partagent pas leurs élus.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireRateLimiting(RateLimits.Search);

    public static async Task<Results<Ok<ApiList<FoundOfficialItem>>, ProblemHttpResult>> HandleAsync(
        DeliberationsDb db,
        IDatabaseEngine engine,
        TermCalendars terms,
        [Description("Le nom cherché, nom de famille compris (100 caractères au plus) : `delaunay`, `Émeline Baume`.")] string? nom,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(nom))
        {
            return ApiProblems.BadParameter("nom", "nom est requis : le nom de l'élu cherché.");
        }

        if (nom.Length > Officials.NameFilter.MaxLength)
        {
            return ApiProblems.BadParameter("nom", $"nom compte {Officials.NameFilter.MaxLength} caractères au plus.");
        }

        var found = await new OfficialFinder(db, engine, terms).FindAsync(nom, cancellationToken);
        return TypedResults.Ok(new ApiList<FoundOfficialItem>(
            found.Count,
            [.. found.Officials.Select(o =>
            {
                var official = OfficialRef.From(o.Name);
                return new FoundOfficialItem(
                    official with { Url = o.CouncilPath + official.Url, HtmlUrl = o.CouncilPath + official.HtmlUrl },
                    o.Council,
                    o.CouncilPath.Length > 0 ? o.CouncilPath : "/",
                    o.TermStart);
            })]));
    }
}
