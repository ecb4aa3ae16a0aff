using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Exports;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Features.Councils;

/// <summary>
/// The council a request reads: the site's own at the root, another one under
/// <c>/conseils/{slug}</c> (<see cref="CouncilPaths"/>), which then is the request's path base.
/// </summary>
/// <param name="Slug">Its URL part; empty for the site's own council.</param>
/// <param name="Siret">What its open data names it by, where known.</param>
public sealed record CouncilScope(int Id, string Name, string? Kind, string Slug, string? Siret)
{
    public bool IsHome => Id == Council.HomeId;

    /// <summary>Where its pages start: empty for the site's own council, <c>/conseils/{slug}</c> for another.</summary>
    public string PathBase => IsHome ? "" : CouncilPaths.Home(Slug);

    /// <summary>The name after « de »: <c>de la Ville d'Avranches</c>, <c>du Département du Rhône</c>.</summary>
    public string OfName => Kind switch
    {
        "département" => "du " + Name,
        null => "de " + Name,
        _ => "de la " + Name,
    };

    /// <summary>The council another request is about, or the site's own.</summary>
    public static CouncilScope For(HttpContext context) =>
        context.Features.Get<CouncilScope>() ?? Home(context.RequestServices.GetRequiredService<IOptions<CollectivityOptions>>().Value);

    private static CouncilScope Home(CollectivityOptions collectivity) =>
        new(Council.HomeId, collectivity.Name.Length > 0 ? collectivity.Name : "Métropole de Lyon", "métropole", "", collectivity.Siret);
}
