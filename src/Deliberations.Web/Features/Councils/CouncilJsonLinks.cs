using System.Text.Json.Serialization.Metadata;

namespace Deliberations.Web.Features.Councils;

/// <summary>
/// The links of the JSON answers under another council's prefix. Every property named <c>…Url</c> (<c>url</c>,
/// <c>htmlUrl</c>, <c>feedUrl</c>) holds a link from the site's root (<c>/api/deliberations/2013-01</c>), built
/// once for every council as the HTML pages' links are; written out, it gets the request's path base
/// (<c>/conseils/avranches</c>), as those get it from <see cref="Shared.CouncilLinkTagHelper"/>. So an answer
/// of another council links to that council's resources, never to the site's own ones of the same name.
/// </summary>
public static class CouncilJsonLinks
{
    private const string Suffix = "Url";

    public static Action<JsonTypeInfo> Modifier(IHttpContextAccessor requests) => type =>
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(string) && property.Name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && property.Get is { } get)
            {
                property.Get = owner => Prefixed(get(owner) as string, requests.HttpContext?.Request.PathBase ?? PathString.Empty);
            }
        }
    };

    private static string? Prefixed(string? link, PathString pathBase) =>
        link is not null && pathBase.HasValue && CouncilPaths.FromRoot(link) ? pathBase.Value + link : link;
}
