using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace Deliberations.Web.Hosting;

/// <summary>
/// <c>Deliberations:ReverseProxy:Proxies</c>: the addresses (<c>10.0.0.5</c>) or ranges (<c>10.0.0.0/8</c>)
/// of the reverse proxies in front of the site, whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed. Behind a proxy every request comes from the proxy's address, so the rate limits
/// would put all readers in one bucket; believing the header from anyone would let each request
/// pick its own address. Only from these, then, and only when some are set.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "Deliberations:ReverseProxy:Proxies";

    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Proxies(configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownIPNetworks.Add(proxy);
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so the rate limits, the logs and everything after see the reader's address.</summary>
    public static void UseReverseProxy(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
    }

    private static IPNetwork[] Proxies(IConfiguration configuration) =>
        [.. (configuration.GetSection(Section).Get<string[]>() ?? []).Select(Parse)];

    private static IPNetwork Parse(string proxy) =>
        IPNetwork.TryParse(proxy.Trim(), out var range) ? range
        : IPAddress.TryParse(proxy.Trim(), out var address) ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
        : throw new InvalidOperationException($"{Section} : « {proxy} » n'est ni une adresse IP (10.0.0.5) ni une plage d'adresses (10.0.0.0/8).");
}
