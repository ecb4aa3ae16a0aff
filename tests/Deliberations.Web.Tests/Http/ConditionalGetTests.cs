using System.Net;
using System.Net.Http.Headers;
using Deliberations.Web.Hosting.Caching;
using Deliberations.Web.Tests.Features.Decisions;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Http;

/// <summary>
/// Pages and open data carry an ETag taken from the store's data version, and a client that sends it
/// back gets a 304 without the answer being computed, whether the page cache is on or off.
/// </summary>
public class ConditionalGetTests(CountingSiteFactory uncached) : IClassFixture<CountingSiteFactory>
{
    public static TheoryData<string> Answers =>
    [
        "/",
        "/deliberations/2019-3364",
        "/deliberations?annee=2019",
        "/recherche?q=donnee",
        "/api/deliberations",
        "/api/elus/mme-baume-2020",
        "/api/recherche?q=donnee",
        "/openapi/v1.json",
        "/flux.atom",
    ];

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task An_answer_has_a_weak_etag_and_is_revalidated(string url)
    {
        using var response = await uncached.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.ETag?.IsWeak);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task The_etag_sent_back_gets_a_304_with_no_body_and_no_query_run(string url)
    {
        var client = uncached.CreateClient();
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));

        uncached.Commands.Reset();
        using var again = await client.SendAsync(Conditional(HttpMethod.Get, url, first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(0, uncached.Commands.Count);
    }

    [Fact]
    public async Task Head_is_revalidated_like_get()
    {
        var client = uncached.CreateClient();
        using var get = await client.GetAsync(new Uri("/api/deliberations", UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/deliberations", UriKind.Relative)));
        using var conditional = await client.SendAsync(Conditional(HttpMethod.Head, "/api/deliberations", get.Headers.ETag!));

        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
    }

    [Fact]
    public async Task Each_url_has_its_own_etag_and_another_urls_gets_the_full_answer()
    {
        var client = uncached.CreateClient();
        using var first = await client.GetAsync(new Uri("/deliberations?annee=2019", UriKind.Relative));
        using var other = await client.SendAsync(Conditional(HttpMethod.Get, "/deliberations?annee=2020", first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Theory]
    [InlineData("/deliberations/1999-0001", "text/html")]
    [InlineData("/page-qui-n-existe-pas", "text/html")]
    [InlineData("/api/elus/m-personne-2015", "application/problem+json")]
    [InlineData("/api/recherche", "application/problem+json")]
    [InlineData("/elus/m-personne-2015/flux.atom", "text/html")]
    public async Task An_error_has_no_etag(string url, string mediaType)
    {
        using var response = await uncached.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.True((int)response.StatusCode >= 400);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task A_304_carries_the_cors_header_a_script_on_another_site_needs()
    {
        var client = uncached.CreateClient();
        using var first = await client.GetAsync(new Uri("/api/deliberations", UriKind.Relative));
        using var request = Conditional(HttpMethod.Get, "/api/deliberations", first.Headers.ETag!);
        request.Headers.Add("Origin", "https://carnet.example.org");
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal("*", again.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public void Tags_of_one_run_of_the_site_do_not_match_another_run_at_the_same_data_version()
    {
        // The data version counts from the start of each process: the same number after a restart may be other data.
        var version = uncached.Services.GetRequiredService<DataVersion>();
        var request = new DefaultHttpContext().Request;
        request.Path = "/deliberations";

        Assert.NotEqual(new DataEntityTags(version).For(request), new DataEntityTags(version).For(request));
    }

    private static HttpRequestMessage Conditional(HttpMethod method, string url, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(tag);
        return request;
    }
}

/// <summary>An import changes every tag; with the page cache on, the 304 still comes before it.</summary>
public class ConditionalGetAfterImportTests
{
    [Theory]
    [InlineData("/deliberations")]
    [InlineData("/api/deliberations")]
    [InlineData("/export/deliberations.csv")]
    public async Task After_an_import_the_etag_changes_and_the_old_one_gets_the_new_answer(string url)
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        using var before = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var unchanged = await client.SendAsync(Conditional(url, before.Headers.ETag!));

        await ExtraDocuments.ImportAsync(site, ("2019-9100.txt", ExtraDocuments.SeedAs("2019-9100")));
        using var after = await client.SendAsync(Conditional(url, before.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotNull(after.Headers.ETag);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.DoesNotContain("2019-9100", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("2019-9100", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Conditional(string url, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(tag);
        return request;
    }
}
