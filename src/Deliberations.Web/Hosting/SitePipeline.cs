using Deliberations.Web.Hosting.Caching;

namespace Deliberations.Web.Hosting;

/// <summary>The request pipeline of the site, in the order it must run.</summary>
public static class SitePipeline
{
    public const string ErrorPath = "/erreur";

    public static WebApplication UseSite(this WebApplication app)
    {
        // First, so that every response carries the headers, error pages and static files included.
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // In Development the host already shows the developer page; elsewhere no stack trace may leak.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorPath);
        }

        app.UseStatusCodePagesWithReExecute(ErrorPath + "/{0}");
        app.UseOpenDataErrors();
        app.UseMiddleware<ReadOnlyMethodsMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UsePageCache();

        // After the cache: a page served from it reads nothing.
        app.UseMiddleware<ReadSnapshotMiddleware>();
        app.MapRazorPages().CacheOutput(PageCache.Policy);
        app.MapOpenData();
        return app;
    }
}
