using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Features.Feeds;
using Deliberations.Web.Hosting.Caching;
using Deliberations.Web.Hosting.RateLimiting;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Hosting;

/// <summary>Where the open data sits in the pipeline, and its endpoints.</summary>
public static class OpenDataPipeline
{
    /// <summary>Inside the status-code pages, so that API errors are answered as problems before the HTML page is tried.</summary>
    public static WebApplication UseOpenDataErrors(this WebApplication app)
    {
        app.UseMiddleware<ApiErrorsMiddleware>();
        return app;
    }

    /// <summary>The API, the OpenAPI document, the exports and the feeds (their CORS middleware runs right after routing).</summary>
    public static WebApplication MapOpenData(this WebApplication app)
    {
        WarnWithoutPublicUrl(app);

        // Every answer here is read from the store (the OpenAPI document from the code), by URL alone.
        var openData = app.MapGroup("").ValidatedByDataVersion();
        var api = openData.MapGroup(ApiRoutes.Prefix).RequireCors(OpenDataServices.CorsPolicy).RequireRateLimiting(RateLimits.Api);
        DecisionListEndpoint.Map(api);
        DecisionDetailEndpoint.Map(api);
        SittingEndpoints.Map(api);
        OfficialEndpoints.Map(api);
        ProjectEndpoints.Map(api);
        BudgetEndpoint.Map(api);
        SearchEndpoint.Map(api);
        OfficialFinderEndpoint.Map(api);

        openData.MapOpenApi().RequireCors(OpenDataServices.CorsPolicy);

        // Not validated by the data version: each export is a file with its own strong ETag, which Range and If-Range need.
        ExportEndpoints.Map(app.MapGroup("/export").RequireCors(OpenDataServices.CorsPolicy).RequireRateLimiting(RateLimits.Exports));
        FeedEndpoints.Map(openData);
        return app;
    }

    /// <summary>Said once, at start, since the links of every export and feed depend on it.</summary>
    private static void WarnWithoutPublicUrl(WebApplication app)
    {
        var publicUrl = app.Services.GetRequiredService<IOptions<PublicUrlOptions>>().Value;
        if (publicUrl.Configured is null)
        {
            app.Logger.LogWarning(
                "Deliberations:PublicUrl absent ou invalide ({PublicUrl}) : les liens des exports CSV et des flux Atom pointent vers {Fallback}.",
                publicUrl.PublicUrl, PublicUrlOptions.Fallback);
        }
    }
}
