using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Hosting;

/// <summary>
/// Malformed and hostile requests, sent byte for byte to the production site: each gets a clean
/// answer (a 4xx, or a plain page for a query that merely finds nothing), never a 500, never a
/// stack trace, never a file from outside the site.
/// </summary>
public class HostileRequestTests(HostileSite site) : IClassFixture<HostileSite>
{
    /// <summary>Strange but harmless queries: a page that finds nothing is a fair answer.</summary>
    public static TheoryData<string> MalformedQueries() =>
    [
        "/recherche?q=%ZZ",
        "/recherche?q=%",
        "/recherche?q=%C3%28",
        "/recherche?q=%FF%FE",
        "/recherche?q=\u00FF\u00C3",
        "/recherche?q=%00",
        "/recherche?q=%22*)(OR%20NEAR(a%20b)%20%5E",
        "/recherche?q=a&q=b&q=%FF",
        "/recherche?q=" + new string('a', 6000),
        "/api/recherche?q=%FF",
        "/api/recherche?q=%ZZ",
        "/deliberations?year=%FF&page=-1",
        "/deliberations?page=99999999999999999999&year=0",
        "/deliberations?body=%C3%28&commission=%00&rapporteur=%",
        "/seances?page=-2147483648",
        "/elus?q=%FF&mandat=%ZZ",
        "/budget?annee=abc&chapitre=%00",
        "/api/deliberations?page=-1&pageSize=999999999",
        "/api/deliberations?annee=%FF",
        "/export/deliberations.csv?annee=%FF",
    ];

    /// <summary>Kestrel decodes and removes dot segments before routing: these land on another page of the site, never above it.</summary>
    public static TheoryData<string> DotSegments() =>
    [
        "/elus/%2e%2e/flux.atom",
        "/api/seances/%2e%2e",
        "/deliberations/%2e%2e/%2e%2e/%2e%2e/%2e%2e/recherche?q=a",
    ];

    /// <summary>Paths that try to leave the site or name something that cannot exist: only a 4xx will do.</summary>
    public static TheoryData<string> HostilePaths() =>
    [
        "/..%2f..%2fetc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%5c..%5cappsettings.json",
        "/....//....//etc/passwd",
        "/appsettings.json",
        "/Deliberations.Web.dll",
        "/Program.cs",
        "/css/..%2f..%2fappsettings.json",
        "/css/%2e%2e/%2e%2e/appsettings.json",
        "/deliberations/..%2f..%2fetc%2fpasswd",
        "/deliberations/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/deliberations/..%5c..%5cappsettings.json",
        "/deliberations/%FF",
        "/deliberations/%C3%28",
        "/deliberations/%00",
        "/deliberations/2019-3364/source/..%2f..%2fappsettings.json",
        "/deliberations/..%2fappsettings.json/source",
        "/deliberations/%2e%2e/source",
        "/deliberations/2019-3364/versions/99999999999",
        "/deliberations/2019-3364/versions/-1",
        "/documents/99999999999",
        "/documents/..%2f1",
        "/elus/..%2f..%2fetc%2fpasswd",
        "/projets/%2e%2e%2f%2e%2e%2f",
        "/organisations/%00",
        "/seances/..%5c..%5cwindows%5cwin.ini",
        "/api/deliberations/..%2f..%2fappsettings.json",
        "/api/elus/%FF",
        "/export/..%2fappsettings.json",
        "/export/deliberations.csv/..%2f..%2fappsettings.json",
        "/erreur/..%2f..%2fappsettings.json",
        "/deliberations/\u00FF\u00FE",
    ];

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task Malformed_query_strings_get_a_page_or_a_4xx(string target)
    {
        var answer = await RawHttp.SendAsync(site.BaseAddress, $"GET {target} HTTP/1.1");

        Assert.True(answer.Status is 200 or (>= 400 and < 500), $"{answer.Status} for {target}");
        AssertNothingLeaks(answer);
    }

    [Theory]
    [MemberData(nameof(DotSegments))]
    public async Task Dot_segments_stay_inside_the_site(string target)
    {
        var answer = await RawHttp.SendAsync(site.BaseAddress, $"GET {target} HTTP/1.1");

        Assert.True(answer.Status is 200 or (>= 400 and < 500), $"{answer.Status} for {target}");
        AssertNothingLeaks(answer);
    }

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task Path_traversal_and_impossible_names_get_a_4xx(string target)
    {
        var answer = await RawHttp.SendAsync(site.BaseAddress, $"GET {target} HTTP/1.1");

        Assert.True(answer.Status is >= 400 and < 500, $"{answer.Status} for {target}");
        AssertNothingLeaks(answer);
    }

    [Theory]
    [InlineData("PROPFIND / HTTP/1.1")]
    [InlineData("TRACE / HTTP/1.1\r\nX-Secret: jeton")]
    [InlineData("TRACK / HTTP/1.1")]
    [InlineData("DELETE /deliberations/2019-3364 HTTP/1.1")]
    [InlineData("PUT /deliberations HTTP/1.1\r\nContent-Length: 0")]
    [InlineData("PATCH /api/deliberations/2019-3364 HTTP/1.1\r\nContent-Length: 0")]
    [InlineData("DELETE /export/deliberations.csv HTTP/1.1")]
    [InlineData("MKCOL /seances HTTP/1.1")]
    [InlineData("FOO /elus HTTP/1.1")]
    [InlineData("POST /recherche HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\n\r\nq=abc")]
    public async Task Unknown_or_unsupported_verbs_get_a_4xx(string head)
    {
        var answer = await RawHttp.SendAsync(site.BaseAddress, head);

        Assert.True(answer.Status is >= 400 and < 500, $"{answer.Status} for {head}");
        Assert.DoesNotContain("<main", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("jeton", answer.Text, StringComparison.Ordinal);
        AssertNothingLeaks(answer);
    }

    [Theory]
    [InlineData("GET /recherche?q={0} HTTP/1.1", 100_000)]
    [InlineData("GET /{0} HTTP/1.1", 100_000)]
    [InlineData("GET / HTTP/1.1\r\nX-Long: {0}", 100_000)]
    [InlineData("GET / HTTP/1.1\r\nCookie: a={0}", 64_000)]
    [InlineData("GET / HTTP/1.1{0}", 300)]
    [InlineData("GET / HTTP/1.1\r\nX-Bad: \u00FF\u00FE{0}", 1)]
    [InlineData("GET /{0}\u0000 HTTP/1.1", 1)]
    public async Task Oversized_or_malformed_requests_get_a_4xx(string template, int size)
    {
        var filler = template.Contains("HTTP/1.1{0}", StringComparison.Ordinal) && size > 1
            ? string.Concat(Enumerable.Range(0, size).Select(i => $"\r\nX-H{i}: v"))
            : new string('a', size == 1 ? 0 : size);

        var answer = await RawHttp.SendAsync(site.BaseAddress, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, filler));

        Assert.True(answer.Status is >= 400 and < 500, $"{answer.Status} for {template} ({size})");
        AssertNothingLeaks(answer);
    }

    [Fact]
    public async Task An_unknown_protocol_version_gets_505_and_nothing_else()
    {
        // The one 5xx allowed: "HTTP Version Not Supported" is Kestrel's answer by the standard, before the site runs.
        var answer = await RawHttp.SendAsync(site.BaseAddress, "GET / HTTP/9.9");

        Assert.Equal(505, answer.Status);
        Assert.Contains("Content-Length: 0", answer.Text, StringComparison.Ordinal);
    }

    private static void AssertNothingLeaks(RawHttp.Answer answer)
    {
        Assert.DoesNotContain("Exception", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Collectivity\"", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore", answer.Text, StringComparison.Ordinal);
    }
}
