using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Councils;

/// <summary>
/// Serves another council's pages under <c>/conseils/{slug}</c>: the prefix becomes the request's path
/// base (links keep it: <see cref="CouncilLinkTagHelper"/>), the store sees that council alone, and the
/// pages are the site's own pages. The site's own council keeps its URLs at the root, as people link to them.
/// </summary>
public static class CouncilPaths
{
    public const string Prefix = "/conseils";

    /// <summary>The home page of the council whose URL part is <paramref name="slug"/>.</summary>
    public static string Home(string slug) => Prefix + "/" + slug;

    /// <summary>
    /// What other councils do not have yet: budget and funding are read from extracts. The OpenAPI document
    /// and the API's documentation page describe the site's own council's API, whose shapes other councils'
    /// answers share (<see cref="CouncilJsonLinks"/>), and the finder reads every council. Under another
    /// council's prefix these answer 404.
    /// </summary>
    private static readonly string[] Unserved =
        ["/api/budget", "/api/projets", "/api/organisations", "/api/conseils", "/openapi", "/budget", "/projets", "/organisations", "/a-propos", Prefix];

    /// <summary>Unserved as pages, their children served: <c>/api</c> is the documentation, <c>/api/elus</c> an answer.</summary>
    private static readonly string[] UnservedPages = ["/api"];

    public static IApplicationBuilder UseCouncilPaths(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(Prefix, out var rest) && Split(rest) is var (slug, path) && Served(path))
        {
            var db = context.RequestServices.GetRequiredService<DeliberationsDb>();
            var council = await db.Councils.AsNoTracking()
                .Where(c => c.Slug == slug && c.Slug != "")
                .Select(c => new CouncilScope(c.Id, c.Name, c.Kind, c.Slug, c.Siret))
                .SingleOrDefaultAsync(context.RequestAborted);
            if (council is not null)
            {
                db.Council = council.Id;
                context.Features.Set(council);
                context.Request.PathBase = context.Request.PathBase.Add(Prefix + "/" + slug);
                context.Request.Path = path;
            }
        }

        await next(context);
    });

    /// <summary><c>/avranches/seances</c> → (<c>avranches</c>, <c>/seances</c>); <c>/avranches</c> → (<c>avranches</c>, <c>/</c>).</summary>
    private static (string Slug, PathString Path)? Split(PathString rest)
    {
        var value = rest.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        return end < 0 ? (value[1..], "/") : (value[1..end], value[end..]);
    }

    /// <summary>
    /// Whether <paramref name="link"/> is written from the site's root, as <see cref="Shared.Routes"/> and the
    /// API's links are, and so takes another council's prefix: not an absolute address, not one already under a council's.
    /// </summary>
    public static bool FromRoot(string link) =>
        link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Whether another council's prefix serves <paramref name="href"/>, a link of the site's own council's pages.</summary>
    public static bool Serves(string href) => Served(href.Split('?', 2)[0]);

    private static bool Served(PathString path) =>
        !Unserved.Any(u => path.StartsWithSegments(u, StringComparison.OrdinalIgnoreCase))
        && !UnservedPages.Any(u => path.StartsWithSegments(u, StringComparison.OrdinalIgnoreCase, out var rest) && rest.Value is null or "" or "/");
}
