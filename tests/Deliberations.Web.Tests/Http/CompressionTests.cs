using System.Net;
using System.Text.RegularExpressions;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Http;

/// <summary>What the site writes as text goes out compressed to a client that asks, and reads back the same.</summary>
public class CompressionTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public static TheoryData<string, string, string> Answers => new()
    {
        { "/", "br", "text/html" },
        { "/deliberations/2019-3364", "gzip", "text/html" },
        { "/recherche?q=donnee", "br", "text/html" },
        { "/page-qui-n-existe-pas", "br", "text/html" },
        { "/api/deliberations", "br", "application/json" },
        { "/api/elus/m-personne-2015", "gzip", "application/problem+json" },
        { "/openapi/v1.json", "gzip", "application/json" },
        { "/export/deliberations.csv", "br", "text/csv" },
        { "/export/presences.csv", "gzip", "text/csv" },
        { "/flux.atom", "br", "application/atom+xml" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task An_answer_is_compressed_when_asked_and_decompresses_to_the_plain_one(string url, string encoding, string mediaType)
    {
        var client = factory.CreateClient();
        using var plain = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var compressed = await client.SendAsync(request);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(plain.StatusCode, compressed.StatusCode);
        Assert.Equal(mediaType, compressed.Content.Headers.ContentType?.MediaType);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Equal(WithoutTraceId(await plain.Content.ReadAsStringAsync()), WithoutTraceId(await Compression.DecompressAsync(compressed)));
    }

    [Fact]
    public async Task A_decision_page_shrinks_several_times_over()
    {
        var client = factory.CreateClient();
        using var plain = await client.GetAsync(new Uri("/deliberations/2019-3364", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/deliberations/2019-3364", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var compressed = await client.SendAsync(request);

        var plainLength = (await plain.Content.ReadAsByteArrayAsync()).Length;
        Assert.InRange((await compressed.Content.ReadAsByteArrayAsync()).Length, 1, plainLength / 3);
    }

    /// <summary>
    /// Compression is on over HTTPS because no answer holds a secret an attacker could guess from its
    /// compressed size (BREACH): no cookie and no antiforgery token, anywhere.
    /// </summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/recherche?q=donnee")]
    [InlineData("/elus")]
    [InlineData("/deliberations?annee=2019")]
    [InlineData("/budget")]
    [InlineData("/page-qui-n-existe-pas")]
    public async Task No_page_carries_a_cookie_or_an_antiforgery_token(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Contains(page.Response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
        Assert.Null(page.Header("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", page.Html, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("form[method=post i]"));
    }

    /// <summary>A problem names the request it answers, which differs from one request to the next.</summary>
    private static string WithoutTraceId(string body) => Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "");
}
