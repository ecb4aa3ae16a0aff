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
    public async Task Decisions_come_latest_sitting_first_or_by_relevance_on_request()
    {
        var client = factory.CreateClient();
        var newest = await HtmlPage.GetAsync(client, "/recherche?q=donnee");
        var relevant = await HtmlPage.GetAsync(client, "/recherche?q=donnee&tri=pertinence");

        // The seeds were imported 2018-3067 after 2019-3364: the order of import would put it first.
        Assert.Equal(["2021-0801", "2019-3364", "2018-3067", "CP-2018-2133"], Numbers(newest));
        Assert.Contains("De la séance la plus récente à la plus ancienne", newest.MainText, StringComparison.Ordinal);
        Assert.Equal("/recherche?q=donnee&tri=pertinence", newest.Document.QuerySelector("#resultats-deliberations ~ p a")?.GetAttribute("href"));
        Assert.Contains("Les plus pertinentes d’abord, parmi", relevant.MainText, StringComparison.Ordinal);
        Assert.NotEqual(Numbers(newest), Numbers(relevant));
        Assert.Equal(Numbers(newest).Order(), Numbers(relevant).Order());
    }

    [Theory]
    [InlineData("/recherche?q=donnee&year=2019", new[] { "2019-3364" })]
    [InlineData("/recherche?q=donnee&year=2018", new[] { "2018-3067", "CP-2018-2133" })]
    [InlineData("/recherche?q=donnee&body=Commission%20permanente", new[] { "CP-2018-2133" })]
    [InlineData("/recherche?q=donnee&body=conseil&year=2018", new[] { "2018-3067" })]
    [InlineData("/recherche?q=donnee&year=2018&tri=pertinence", new[] { "2018-3067", "CP-2018-2133" })]
    [InlineData("/recherche?q=donnee&year=1990", new[] { "2021-0801", "2019-3364", "2018-3067", "CP-2018-2133" })]
    [InlineData("/recherche?q=donnee&body=bureau", new[] { "2021-0801", "2019-3364", "2018-3067", "CP-2018-2133" })]
    public async Task Decisions_are_filtered_by_year_and_body(string url, string[] expected)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(expected.Order(), Numbers(page).Order());
        if (!url.Contains("pertinence", StringComparison.Ordinal))
        {
            Assert.Equal(expected, Numbers(page));
        }
    }

    [Fact]
    public async Task The_filters_show_what_is_chosen_and_how_to_clear_it()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=donnee&year=2021&body=Commission%20permanente");

        Assert.Empty(Numbers(page));
        Assert.Contains("Aucun résultat pour «\u00A0donnee\u00A0» avec ces filtres.", page.Document.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("2021", page.Document.QuerySelector("#filtre-annee option[selected]")?.GetAttribute("value"));
        Assert.Equal("Commission permanente", page.Document.QuerySelector("#filtre-instance option[selected]")?.GetAttribute("value"));
        Assert.Equal(["2021", "2019", "2018"], page.Document.QuerySelectorAll("#filtre-annee option[value!='']").Select(o => o.GetAttribute("value")));
        Assert.Equal("donnee", page.Document.QuerySelector(".filters input[name=q]")?.GetAttribute("value"));
        Assert.Equal("/recherche?q=donnee", page.Document.QuerySelector(".filters-actions a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("M. Kabalo", new[] { "/elus/m-kabalo-2020", "/elus/m-kabalo-2015" })]
    [InlineData("Monsieur kabalo", new[] { "/elus/m-kabalo-2020", "/elus/m-kabalo-2015" })]
    [InlineData("MM. Kabaloo", new[] { "/elus/m-kabalo-2020", "/elus/m-kabalo-2015" })]
    [InlineData("Mme Baume", new[] { "/elus/mme-baume-2020", "/elus/mme-baume-2015" })]
    [InlineData("Madame BAUME", new[] { "/elus/mme-baume-2020", "/elus/mme-baume-2015" })]
    [InlineData("Mmes Émeline Baume", new[] { "/elus/mme-baume-2020", "/elus/mme-baume-2015" })]
    [InlineData("Gérard Collomb", new[] { "/elus/m-collomb-2020", "/elus/m-collomb-2015" })]
    [InlineData("gerard colomb", new[] { "/elus/m-collomb-2020", "/elus/m-collomb-2015" })]
    public async Task Officials_are_found_as_people_type_their_names(string query, string[] expected)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected, page.Document.QuerySelectorAll("#resultats-elus ~ ul a").Select(a => a.GetAttribute("href")));
        Assert.Single(page.Document.QuerySelectorAll("#resultats-elus ~ ul > li"));
        Assert.DoesNotContain("Aucun résultat", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_of_two_terms_is_one_line_with_a_link_per_term()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=Kabalo");

        Assert.Equal("Élus (1)", page.Document.QuerySelector("#resultats-elus").Text());
        var line = page.Document.QuerySelector("#resultats-elus ~ ul > li")!;
        Assert.Equal("M. Kabalo — mandat 2020-…, mandat 2015-2020", line.Text().Replace('\u00A0', ' '));
        Assert.Equal(["mandat 2020-…", "mandat 2015-2020"], line.QuerySelectorAll("a").Select(a => a.Text()));
    }

    [Theory]
    [InlineData("Mme Baume")]
    [InlineData("Madame Émeline Baume")]
    public async Task A_name_with_its_civility_finds_the_decisions_that_name_it(string query)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=" + Uri.EscapeDataString(query));

        Assert.Equal(["2021-0801"], Numbers(page));
        Assert.Null(page.Document.QuerySelector(".search-instead"));
    }

    [Fact]
    public async Task A_slip_in_a_name_finds_the_decisions_of_its_spelling_and_says_so()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=Baumme");

        Assert.Equal(["2021-0801"], Numbers(page));
        Assert.Equal(
            "Aucune délibération ne contient «\u00A0Baumme\u00A0»\u00A0: voici celles qui contiennent «\u00A0Baume\u00A0», le nom de l’élu trouvé.",
            page.Document.QuerySelector(".search-instead")?.TextContent);
        Assert.All(page.Document.QuerySelectorAll(".search-hit-snippet mark"), m => Assert.Equal("baume", m.TextContent, ignoreCase: true));
    }

    [Fact]
    public async Task A_word_of_the_registers_is_never_read_as_the_name_it_is_one_slip_from()
    {
        // "large" is one letter from M. Barge, whom no decision names: the decisions are those that say "large".
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=large");

        Assert.Null(page.Document.QuerySelector(".search-instead"));
        Assert.NotEmpty(Numbers(page));
        Assert.All(page.Document.QuerySelectorAll(".search-hit-snippet mark"), m => Assert.StartsWith("large", m.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("year=2019%20OR%201%3D1&body=%27%3B%20DROP%20TABLE%20Decisions%3B%20--")]
    [InlineData("year=-5&body=%22%20OR%20*&tri=%22)")]
    [InlineData("year=99999999999&page=-1")]
    public async Task Hostile_filters_are_dropped_not_run(string filters)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=donnee&" + filters);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(4, Numbers(page).Count);
        Assert.Null(page.Document.QuerySelector("#filtre-annee option[selected]"));
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

    private static List<string> Numbers(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll(".search-hits .search-hit-title a").Select(a => a.TextContent)];
}
