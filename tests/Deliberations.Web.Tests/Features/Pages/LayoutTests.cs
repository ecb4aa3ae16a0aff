using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Pages;

/// <summary>The shared layout: landmarks, navigation, search, footer, and nothing inline that the CSP would block.</summary>
public class LayoutTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Urls => ["/", "/a-propos", "/accessibilite", "/page-qui-n-existe-pas"];

    [Fact]
    public async Task Layout_has_skip_link_landmarks_and_the_main_navigation()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/a-propos");
        var document = page.Document;

        var skip = document.Body!.FirstElementChild;
        Assert.Equal("A", skip?.TagName);
        Assert.Equal("#contenu", skip!.GetAttribute("href"));
        Assert.Equal("contenu", document.QuerySelector("main")?.Id);
        Assert.NotNull(document.QuerySelector("body > header"));
        Assert.NotNull(document.QuerySelector("body > footer"));

        var nav = document.QuerySelectorAll("header nav a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal(
            [("/", "Accueil"), ("/deliberations", "Délibérations"), ("/seances", "Séances"), ("/elus", "Élus"),
             ("/projets", "Projets"), ("/budget", "Budget"), ("/recherche", "Recherche")],
            nav);
        Assert.Equal("Délibérations", document.QuerySelector("header .site-name a")?.TextContent.Trim());
    }

    [Fact]
    public async Task Header_search_is_a_labelled_get_form_to_recherche()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/accessibilite");

        var form = page.Document.QuerySelector("header search form");
        Assert.NotNull(form);
        Assert.Equal("/recherche", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name='q']");
        Assert.NotNull(input);
        var label = form.QuerySelector($"label[for='{input.Id}']");
        Assert.False(string.IsNullOrWhiteSpace(label?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("header search")?.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Footer_links_to_accessibility_and_about_and_names_the_source()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        var footer = page.Document.QuerySelector("body > footer")!;
        Assert.NotNull(footer.QuerySelector("a[href='/accessibilite']"));
        Assert.NotNull(footer.QuerySelector("a[href='/a-propos']"));
        Assert.Contains("registres des délibérations de la Métropole de Lyon", footer.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/a-propos", null)]
    public async Task Current_page_is_marked_in_the_navigation(string url, string? current)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        var marked = page.Document.QuerySelectorAll("header nav a[aria-current='page']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(current is null ? [] : [current], marked);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Nothing_inline_that_the_content_security_policy_would_block(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
        var document = page.Document;

        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(document.QuerySelectorAll("link[rel='stylesheet'], script[src]"), e =>
            Assert.StartsWith("/", e.GetAttribute("href") ?? e.GetAttribute("src")));
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Ids_are_unique_and_every_field_has_a_label(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
        var document = page.Document;

        var ids = document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(document.QuerySelectorAll("input:not([type=hidden])"), input =>
            Assert.NotNull(document.QuerySelector($"label[for='{input.Id}']")));
    }
}
