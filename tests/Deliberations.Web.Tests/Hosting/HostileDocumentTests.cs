using System.Net;
using AngleSharp.Dom;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Hosting;

/// <summary>A decision whose text carries active markup: every page and file that shows it keeps it inert.</summary>
public class HostileDocumentTests(HostileSite site) : IClassFixture<HostileSite>
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "background", "poster"];

    [Fact]
    public async Task The_decision_page_has_no_active_content()
    {
        var page = await GetAsync("/deliberations/" + HostileSite.Number);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        AssertInert(page.Document);
        Assert.Contains("lien markdown", page.Document.QuerySelector(".document-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_text_is_shown_as_text_and_served_as_plain_text()
    {
        var page = await GetAsync("/deliberations/" + HostileSite.Number);
        Assert.Contains("<script>alert('script')</script>", page.Document.QuerySelector("details.source-text")!.TextContent, StringComparison.Ordinal);

        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        using var file = await client.GetAsync(new Uri($"/deliberations/{HostileSite.Number}/source", UriKind.Relative));
        Assert.Equal("text/plain", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", file.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Theory]
    [InlineData("/deliberations")]
    [InlineData("/recherche?q=alert")]
    [InlineData("/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/recherche?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E")]
    [InlineData("/recherche?q=javascript%3Aalert(1)")]
    public async Task Lists_and_search_results_have_no_active_content(string url)
    {
        var page = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        AssertInert(page.Document);
    }

    private async Task<HtmlPage> GetAsync(string url)
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        return await HtmlPage.GetAsync(client, url);
    }

    /// <summary>Nothing that can run: no script but the site's own files, no handler, no script URL, no CSS expression, no frame.</summary>
    private static void AssertInert(IDocument document)
    {
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.GetAttribute("src")?.StartsWith('/') == true && s.TextContent.Trim().Length == 0, s.OuterHtml));
        Assert.Empty(document.QuerySelectorAll("main iframe, main frame, main object, main embed, main form[action^='javascript'], meta[http-equiv=refresh], base, main style, main svg[onload]"));
        foreach (var element in document.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} on {element.LocalName}");
                Assert.DoesNotContain("expression(", attribute.Value, StringComparison.OrdinalIgnoreCase);
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    var url = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                    Assert.False(url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                        || url.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
                        || url.StartsWith("data:text", StringComparison.OrdinalIgnoreCase), $"{attribute.Name}=\"{attribute.Value}\" on {element.LocalName}");
                }
            }
        }

        foreach (var style in document.QuerySelectorAll("style"))
        {
            Assert.DoesNotContain("expression(", style.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", style.TextContent, StringComparison.OrdinalIgnoreCase);
        }
    }
}
