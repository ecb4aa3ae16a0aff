using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Deliberations.Web.Hosting.Health;

/// <summary><c>/sante</c>: 200 <c>Healthy</c> when the store answers with a current schema, 503 <c>Unhealthy</c> otherwise.</summary>
public static class HealthEndpoint
{
    public const string Path = "/sante";

    public static IServiceCollection AddStoreHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("base");
        return services;
    }

    /// <summary>Never cached nor rate-limited: a probe every few seconds must see the store as it is now.</summary>
    public static void MapStoreHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks(Path, new HealthCheckOptions()).CacheOutput(policy => policy.NoCache()).DisableRateLimiting();
}
