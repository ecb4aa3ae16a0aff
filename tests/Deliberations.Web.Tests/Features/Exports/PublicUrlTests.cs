using System.Net;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Deliberations.Web.Tests.Features.Exports;

/// <summary>
/// The absolute links of the exports and feeds come from <c>Deliberations:PublicUrl</c>, never from the
/// Host header the client wrote. On a real server, which takes the Host header as sent.
/// </summary>
public class PublicUrlTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    public static readonly TheoryData<string> FilesWithLinks = ["/export/deliberations.csv", "/flux.atom", "/elus/m-aggoun-2015/flux.atom"];

    [Theory]
    [MemberData(nameof(FilesWithLinks))]
    public async Task A_forged_host_header_never_reaches_the_links(string url)
    {
        using var client = site.CreateKestrelClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("http://localhost:5000/deliberations/2019-3364", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FilesWithLinks))]
    public async Task Links_start_with_the_configured_address(string url)
    {
        using var configured = site.WithWebHostBuilder(builder => builder.UseSetting("Deliberations:PublicUrl", "https://deliberations.example/lyon/"));

        var text = await configured.CreateClient().GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Contains("https://deliberations.example/lyon/deliberations/2019-3364", text, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", text, StringComparison.Ordinal);
    }
}
