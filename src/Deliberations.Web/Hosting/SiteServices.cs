using System.Text.Encodings.Web;
using System.Text.Unicode;
using Deliberations.Web.Features.Search;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Hosting.Caching;
using Deliberations.Web.Hosting.Health;
using Deliberations.Web.Hosting.RateLimiting;
using Ganss.Xss;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Deliberations.Web.Hosting;

/// <summary>The services of the site's pages: Razor Pages, the French culture, the document sanitizer.</summary>
public static class SiteServices
{
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // The host only maps wwwroot from the build output's manifest in Development; `dotnet run` from the
        // repository root runs in Production with the repository as content root, so ask for it always
        // (a published app has no manifest and serves its own wwwroot). MapStaticAssets reads the files through it.
        builder.WebHost.UseStaticWebAssets();

        // Run from a build, MapStaticAssets also maps a catch-all for files added to wwwroot since, for GET
        // and HEAD only: a POST to an unknown URL then got 405 instead of the 404 page. Files added after
        // the build are not served anyway (dotnet/sdk#55883), so the catch-all has nothing to offer.
        builder.Configuration.AddInMemoryCollection([new("DisableStaticAssetNotFoundRuntimeFallback", "true")]);

        // One folder per area (Features/Home, Features/About, ...): a page, its model and its queries together.
        services.AddRazorPages(options => options.RootDirectory = "/Features");
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        services.Configure<CorrectionsOptions>(builder.Configuration.GetSection(CorrectionsOptions.Section));

        // Razor would otherwise write "é" as "&#xE9;": pages must stay readable as source and searchable by tests.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // fr-FR only, and the variant whose thousands separator is U+00A0, so even a plain ToString("N0") cannot wrap.
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var french = FrenchFormat.Culture;
            options.DefaultRequestCulture = new RequestCulture(french, french);
            options.SupportedCultures = [french];
            options.SupportedUICultures = [french];
            options.RequestCultureProviders.Clear();
        });

        services.AddSingleton(_ => DocumentSanitizer.Create());
        services.AddSingleton<IHtmlSanitizer>(provider => provider.GetRequiredService<HtmlSanitizer>());
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<SearchableNames>();
        services.AddPageCache(builder.Configuration);
        services.AddSingleton<DataEntityTags>();
        services.AddSiteCompression();
        services.AddRateLimits(builder.Configuration);
        services.AddStoreHealth();
        services.AddReverseProxy(builder.Configuration);
        builder.AddOpenData();
        return builder;
    }
}
