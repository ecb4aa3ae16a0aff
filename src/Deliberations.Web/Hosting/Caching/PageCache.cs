using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Hosting.Caching;

/// <summary>
/// Output caching of the HTML pages: a page is rendered once per state of the database. Entries are
/// keyed by path, query string and <see cref="DataVersion"/>, so an import (in this process or
/// another) makes every page render again on its next request, and an entry can never hold data
/// older than its key (the version is read before the page queries the database). Superseded
/// entries are never asked for again and leave by expiry or the cache's size limit.
/// </summary>
public static class PageCache
{
    public const string Policy = "pages";

    /// <summary>Long: freshness comes from the data version, not from expiry.</summary>
    private static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PageCacheOptions>(configuration.GetSection(PageCacheOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DataVersion>();

        // The default policy underneath: GET and HEAD only, 200 only, nothing with a cookie or an Authorization header.
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .With(context => !IsOptedOut(context.HttpContext))
            .SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>("data", context.RequestServices.GetRequiredService<DataVersion>().Current))
            .Expire(Expiry)));
        return services;
    }

    /// <summary>After routing, so the endpoint's opt-out is known; a no-op when the cache is switched off.</summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<PageCacheOptions>>().Value.Enabled)
        {
            app.UseOutputCache();
        }

        return app;
    }

    /// <summary>
    /// A page marked <c>[OutputCache(NoStore = true)]</c> is never cached: the attribute alone would
    /// lose to the policy every page gets from <c>MapRazorPages().CacheOutput(...)</c>.
    /// </summary>
    private static bool IsOptedOut(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { NoStore: true };
}
