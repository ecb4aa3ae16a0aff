using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Hosting;

/// <summary>The stylesheets come from the app itself (no CDN), with a version that changes with their content.</summary>
public class StaticAssetsTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/lib/pico/pico.min.css", "Pico CSS")]
    [InlineData("/lib/pico/LICENSE.md", "MIT License")]
    [InlineData("/css/site.css", "@media print")]
    public async Task Vendored_and_own_assets_are_served(string url, string content)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_links_the_stylesheets_by_a_fingerprint_of_their_content()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        var hrefs = page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(2, hrefs.Count);
        Assert.Matches(@"^/lib/pico/pico\.min\.[a-z0-9]{10}\.css$", hrefs[0]);
        Assert.Matches(@"^/css/site\.[a-z0-9]{10}\.css$", hrefs[1]);
    }
}
