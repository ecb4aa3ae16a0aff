using System.Net;
using static Deliberations.Web.Tests.Http.RateLimitTests;

namespace Deliberations.Web.Tests.Http;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy: the rate limits count each reader apart
/// only when the proxy is named in the settings, and never believe the header from anyone else.
/// On a real Kestrel, since the in-memory server gives no remote address to compare with the proxy's.
/// </summary>
public class ReverseProxyTests
{
    private const string Search = "/recherche?q=velo";

    [Fact]
    public async Task Readers_behind_a_named_proxy_each_have_their_own_limit()
    {
        using var site = new LimitedSite(proxies: "127.0.0.1,::1");
        using var client = new HttpClient { BaseAddress = site.StartKestrel() };

        for (var i = 0; i < LimitedSite.Burst; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "203.0.113.1"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "203.0.113.2"));
    }

    [Fact]
    public async Task Without_a_named_proxy_the_header_is_not_believed()
    {
        using var site = new LimitedSite(proxies: "10.0.0.0/8");
        using var client = new HttpClient { BaseAddress = site.StartKestrel() };

        for (var i = 0; i < LimitedSite.Burst; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, $"203.0.113.{i + 1}"));
        }

        // Every request came from this machine, which is no proxy of the settings: one reader, past its limit.
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, "203.0.113.99"));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Search, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
