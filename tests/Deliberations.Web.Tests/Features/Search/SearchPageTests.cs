using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Search;

public class SearchPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Words_without_accents_find_decisions_with_highlighted_snippets()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=donnee");

        var numbers = page.Document.QuerySelectorAll(".search-hits .search-hit-title a").Select(a => a.TextContent).ToList();
        Assert.Contains("2018-3067", numbers);
        Assert.Contains("2019-3364", numbers);
        Assert.All(page.Document.QuerySelectorAll(".search-hit-snippet mark"), m => Assert.StartsWith("donn", m.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decisions_come_newest_first_or_by_relevance_on_request()
    {
        var client = factory.CreateClient();
        var newest = await HtmlPage.GetAsync(client, "/recherche?q=donnee");
        var relevant = await HtmlPage.GetAsync(client, "/recherche?q=donnee&tri=pertinence");

        Assert.Contains("Les plus récemment importées d'abord", newest.MainText, StringComparison.Ordinal);
        Assert.Equal("/recherche?q=donnee&tri=pertinence", newest.Document.QuerySelector("#resultats-deliberations ~ p a")?.GetAttribute("href"));
        Assert.Contains("Les plus pertinentes d'abord, parmi", relevant.MainText, StringComparison.Ordinal);
        Assert.Equal(Numbers(newest).Order(), Numbers(relevant).Order());
    }

    [Fact]
    public async Task A_page_past_the_first_is_numbered_and_links_back()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=donnee&page=2");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Délibérations (page 2)", page.Document.QuerySelector("#resultats-deliberations")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/recherche?q=donnee", page.Document.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
    }

    private static List<string> Numbers(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll(".search-hits .search-hit-title a").Select(a => a.TextContent)];

    [Fact]
    public async Task A_misspelt_name_still_finds_the_official_in_both_terms()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=Kimelfed");

        var links = page.Document.QuerySelectorAll("#resultats-elus ~ ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/elus/m-kimelfeld-2020", "/elus/m-kimelfeld-2015"], links);
        Assert.Contains("M. David Kimelfeld", page.MainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("datagora", "/projets/datagora")]
    [InlineData("FING", "/organisations/fondation-internet-nouvelle-generation")]
    [InlineData("territoires innovants", "/organisations/reseau-des-territoires-innovants")]
    public async Task Projects_and_organisations_are_found_by_name(string query, string href)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=" + Uri.EscapeDataString(query));

        Assert.NotNull(page.Document.QuerySelector($"#resultats-projets ~ ul a[href='{href}']"));
    }

    [Fact]
    public async Task A_decision_number_finds_the_decision_first()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=2019-3853");

        Assert.Equal("2019-3853", page.Document.QuerySelector(".search-hits .search-hit-title a")?.TextContent);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b) OR title:x AND (")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE Decisions; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\u0000\uFFFF")]
    public async Task Any_input_gets_a_page_and_is_shown_encoded(string query)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=" + Uri.EscapeDataString(query + new string('a', 5000)));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Without_a_query_the_page_explains_what_can_be_searched()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("fautes de frappe", page.MainText, StringComparison.Ordinal);
    }
}
