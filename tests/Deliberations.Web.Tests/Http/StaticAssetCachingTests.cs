using System.Net;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Deliberations.Web.Tests.Http;

/// <summary>
/// The stylesheets the layout links are fingerprinted, so a browser keeps them for a year without asking again;
/// the plain URLs stay revalidated, since their content changes with each release.
/// </summary>
public class StaticAssetCachingTests(StaticAssetCachingTests.PublishedAssetsSite site) : IClassFixture<StaticAssetCachingTests.PublishedAssetsSite>
{
    [Fact]
    public async Task The_fingerprinted_stylesheets_the_layout_links_are_cached_for_a_year_as_immutable()
    {
        var client = site.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/");
        var hrefs = page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
            var cacheControl = response.Headers.CacheControl;
            Assert.Equal(TimeSpan.FromDays(365), cacheControl?.MaxAge);
            Assert.Contains("immutable", cacheControl!.Extensions.Select(e => e.Name));
        }
    }

    [Fact]
    public async Task The_plain_url_of_a_stylesheet_is_revalidated()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task A_stylesheet_goes_out_precompressed_to_a_client_that_accepts_gzip()
    {
        var client = site.CreateClient();
        var href = (await HtmlPage.GetAsync(client, "/")).Document.QuerySelector("link[rel=stylesheet][href^='/css/site.']")!.GetAttribute("href")!;
        using var plain = await client.GetAsync(new Uri(href, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var compressed = await client.SendAsync(request);

        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await Compression.DecompressAsync(compressed));
    }

    /// <summary>
    /// The site as published: a build's manifest (what tests and <c>dotnet run</c> read) has ASP.NET Core
    /// serve every asset with <c>no-cache</c>, wwwroot being editable under it, unless told otherwise; a
    /// published app's manifest keeps the year-long header, which this setting restores here.
    /// </summary>
    public sealed class PublishedAssetsSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("EnableStaticAssetsDevelopmentCaching", "true");
        }
    }
}
