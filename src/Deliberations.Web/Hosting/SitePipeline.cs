using Deliberations.Web.Features.Councils;
using Deliberations.Web.Hosting.Caching;
using Deliberations.Web.Hosting.Health;
using Deliberations.Web.Hosting.RateLimiting;

namespace Deliberations.Web.Hosting;

/// <summary>The request pipeline of the site, in the order it must run.</summary>
public static class SitePipeline
{
    public const string ErrorPath = "/erreur";

    public static WebApplication UseSite(this WebApplication app)
    {
        // Before anything reads the client's address.
        app.UseReverseProxy();

        // First of the rest, so that every response carries the headers, error pages and static files included.
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Outside everything that writes a body, error pages and cached pages included.
        app.UseResponseCompression();

        // In Development the host already shows the developer page; elsewhere no stack trace may leak.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorPath);
        }

        app.UseStatusCodePagesWithReExecute(ErrorPath + "/{0}");
        app.UseOpenDataErrors();
        app.UseMiddleware<ReadOnlyMethodsMiddleware>();
        app.UseRequestLocalization();

        // Before routing, which then sees another council's pages as the site's own.
        app.UseCouncilPaths();
        app.UseRouting();

        // Right after routing, so that the 304s and 429s below carry the open data's CORS headers too.
        app.UseCors();

        // Before the page cache and any query: a client that holds the current answer costs neither.
        app.UseMiddleware<ConditionalGetMiddleware>();
        app.UseRateLimits();
        app.UsePageCache();

        // After the cache: a page served from it reads nothing.
        app.UseMiddleware<ReadSnapshotMiddleware>();

        // wwwroot as endpoints, from the manifest the build writes: each file also under a fingerprinted
        // URL (site.j1re87e3u6.css) cached for a year as immutable, precompressed copies chosen by
        // Accept-Encoding; WithStaticAssets has the layout's asp-append-version links write those URLs.
        // Run from a build (`dotnet run`, the tests) rather than published, ASP.NET Core serves them all
        // with no-cache instead, since wwwroot may then be edited under the running site.
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets().CacheOutput(PageCache.Policy).ValidatedByDataVersion();
        app.MapOpenData();
        app.MapStoreHealth();
        return app;
    }
}
