using System.Net;
using Deliberations.Web.Hosting;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Api;

/// <summary>/api, the reference page: every operation and schema of the document, under the site's CSP, without script.</summary>
public class ReferencePageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_page_lists_every_path_and_schema_of_the_document()
    {
        var client = factory.CreateClient();
        var schema = await OpenApiSchema.FetchAsync(client);

        var page = await HtmlPage.GetAsync(client, "/api");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var operations = page.Document.QuerySelectorAll("h3 code").Select(c => c.TextContent).ToHashSet();
        Assert.All(schema.Paths, p => Assert.Contains("GET " + p, operations));
        var schemas = schema.Document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name);
        Assert.All(schemas, s => Assert.NotNull(page.Document.GetElementById("schema-" + s)));
        Assert.NotNull(page.Document.QuerySelector("a[href='/openapi/v1.json']"));
    }

    [Fact]
    public async Task Every_link_inside_the_page_reaches_an_anchor()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/api");

        var anchors = page.Document.QuerySelectorAll("main a[href^='#']").Select(a => a.GetAttribute("href")![1..]).Distinct().ToList();
        Assert.NotEmpty(anchors);
        Assert.All(anchors, id => Assert.NotNull(page.Document.GetElementById(id)));
    }

    [Fact]
    public async Task The_page_works_under_the_sites_csp_with_no_script_or_inline_style()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/api");

        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, page.Header("Content-Security-Policy"));
        Assert.Empty(page.Document.QuerySelectorAll("script, style, [style]"));
        Assert.DoesNotContain("http://", page.Html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page.Html, StringComparison.Ordinal);
    }
}
