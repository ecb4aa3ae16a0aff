using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Hosting.RateLimiting;

/// <summary>
/// Limits per client on what stays costly once the page cache and the 304s have done their part: the
/// search, the JSON API and the CSV exports, each endpoint naming its policy. Ordinary pages are not
/// limited. A refused request gets 429 with Retry-After; its body is written where every error's is:
/// a problem document under <c>/api</c> (<see cref="ApiErrorsMiddleware"/>), the error page elsewhere.
/// </summary>
public static class RateLimits
{
    public const string Search = "search";

    public const string Api = "api";

    public const string Exports = "exports";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => new[] { o.Search, o.Api, o.Exports }.All(l => l.Burst >= 1 && l.PerMinute >= 1), $"{RateLimitOptions.Section} : Burst et PerMinute valent au moins 1.")
            .ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // A token bucket always says when its next token comes; a whole second at least, as the header counts in seconds.
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Search, context => PerClient(context, limits => limits.Search));
            options.AddPolicy(Api, context => PerClient(context, limits => limits.Api));
            options.AddPolicy(Exports, context => PerClient(context, limits => limits.Exports));
        });
        return services;
    }

    /// <summary>After routing, which names the endpoint's policy; a no-op when the limits are switched off.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, Func<RateLimitOptions, ClientLimit> select) =>
        RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), _ =>
        {
            var limit = select(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.Burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limit.PerMinute,
                QueueLimit = 0,
            };
        });
}
