using System.Globalization;
using System.Net;
using System.Text.Json;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Deliberations.Web.Tests.Http;

/// <summary>
/// One client past a small configured limit on the search, the API or the exports gets 429 with Retry-After
/// and a French explanation, while ordinary pages and the other limited areas still answer. A fresh site per
/// test: the in-memory server gives no remote address, so every request of a site counts against one client.
/// </summary>
public class RateLimitTests
{
    [Theory]
    [InlineData("/recherche?q=donnee")]
    [InlineData("/recherche?q=subvention&page=2")]
    public async Task The_search_page_past_its_limit_is_the_error_page_with_429_and_retry_after(string url)
    {
        using var site = new LimitedSite();
        var client = site.CreateClient();
        await AssertAnswersAsync(client, "/recherche?q=velo", HttpStatusCode.OK, LimitedSite.Burst);

        var refused = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Response.StatusCode);
        var seconds = AssertRetryAfter(refused.Response);
        Assert.Equal("text/html", refused.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Trop de demandes", refused.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains($"Réessayez dans {seconds} s", refused.MainText, StringComparison.Ordinal);
        Assert.Null(refused.Response.Headers.ETag);
    }

    [Fact]
    public async Task The_api_past_its_limit_answers_a_problem_in_french_with_retry_after()
    {
        using var site = new LimitedSite();
        var client = site.CreateClient();
        await AssertAnswersAsync(client, "/api/deliberations", HttpStatusCode.OK, LimitedSite.Burst);

        using var refused = await client.GetAsync(new Uri("/api/elus", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Trop de requêtes", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("Retry-After", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_search_counts_as_a_search()
    {
        using var site = new LimitedSite();
        var client = site.CreateClient();
        await AssertAnswersAsync(client, "/recherche?q=velo", HttpStatusCode.OK, LimitedSite.Burst);

        using var search = await client.GetAsync(new Uri("/api/recherche?q=velo", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/deliberations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, search.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task The_exports_past_their_limit_answer_429_with_retry_after()
    {
        using var site = new LimitedSite();
        var client = site.CreateClient();
        await AssertAnswersAsync(client, "/export/presences.csv", HttpStatusCode.OK, LimitedSite.Burst);

        using var refused = await client.GetAsync(new Uri("/export/deliberations.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused);
        Assert.DoesNotContain("text/csv", refused.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordinary_pages_and_the_other_areas_still_answer_once_the_limits_are_reached()
    {
        using var site = new LimitedSite();
        var client = site.CreateClient();
        await AssertAnswersAsync(client, "/recherche?q=velo", HttpStatusCode.OK, LimitedSite.Burst);
        await AssertAnswersAsync(client, "/api/deliberations", HttpStatusCode.OK, LimitedSite.Burst);
        await AssertAnswersAsync(client, "/export/budget.csv", HttpStatusCode.OK, LimitedSite.Burst);
        await AssertAnswersAsync(client, "/recherche?q=velo", HttpStatusCode.TooManyRequests, 1);

        await AssertAnswersAsync(client, "/", HttpStatusCode.OK, 20);
        await AssertAnswersAsync(client, "/deliberations/2019-3364", HttpStatusCode.OK, 20);
        await AssertAnswersAsync(client, "/flux.atom", HttpStatusCode.OK, 5);
        await AssertAnswersAsync(client, "/css/site.css", HttpStatusCode.OK, 5);
    }

    [Fact]
    public async Task A_revalidation_costs_nothing_and_is_not_counted()
    {
        using var site = new LimitedSite();
        var client = site.CreateClient();
        using var first = await client.GetAsync(new Uri("/api/deliberations", UriKind.Relative));

        for (var i = 0; i < LimitedSite.Burst * 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/deliberations", UriKind.Relative));
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var again = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        }

        await AssertAnswersAsync(client, "/api/elus", HttpStatusCode.OK, LimitedSite.Burst - 1);
    }

    [Fact]
    public async Task With_the_limits_switched_off_nothing_is_refused()
    {
        using var site = new LimitedSite(enabled: false);
        var client = site.CreateClient();

        await AssertAnswersAsync(client, "/recherche?q=velo", HttpStatusCode.OK, LimitedSite.Burst * 3);
    }

    private static async Task AssertAnswersAsync(HttpClient client, string url, HttpStatusCode status, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(status, response.StatusCode);
        }
    }

    /// <summary>A whole number of seconds, at least one: the token bucket's next token.</summary>
    private static int AssertRetryAfter(HttpResponseMessage response)
    {
        var seconds = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60 / LimitedSite.PerMinute);
        return seconds;
    }

    /// <summary>The site with limits a test reaches in a few requests, refilled too slowly to recover during it.</summary>
    /// <param name="proxies">The reverse proxies whose X-Forwarded-For is believed, comma-separated.</param>
    internal sealed class LimitedSite(bool enabled = true, string? proxies = null) : SiteFactory
    {
        public const int Burst = 3;

        public const int PerMinute = 1;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(RateLimitsKey, enabled ? "true" : "false");
            foreach (var area in new[] { "Search", "Api", "Exports" })
            {
                builder.UseSetting($"Deliberations:RateLimits:{area}:Burst", Burst.ToString(CultureInfo.InvariantCulture));
                builder.UseSetting($"Deliberations:RateLimits:{area}:PerMinute", PerMinute.ToString(CultureInfo.InvariantCulture));
            }

            var known = proxies?.Split(',') ?? [];
            for (var i = 0; i < known.Length; i++)
            {
                builder.UseSetting($"Deliberations:ReverseProxy:Proxies:{i}", known[i]);
            }
        }
    }
}
