using System.Net;
using AngleSharp.Dom;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Officials;

/// <summary><c>/elus</c> on the seeds: officials by term, A to Z, with their counts, and the filters.</summary>
public class OfficialListTests(SiteFactory factory) : IClassFixture<SiteFactory>
{

    [Fact]
    public async Task Lists_150_officials_for_2020_then_166_for_2015_and_says_so()
    {
        var page = await GetAsync("/elus");

        var sections = page.Document.QuerySelectorAll("section.term-section");
        Assert.Equal(["mandat-2020", "mandat-2015"], sections.Select(s => s.QuerySelector("h2")!.Id));
        Assert.Equal("Mandat 2020 – … (150\u00A0élus)", sections[0].QuerySelector("h2").Text());
        Assert.Equal("Mandat 2015 – 2020 (166\u00A0élus)", sections[1].QuerySelector("h2").Text());
        Assert.Equal(150, OfficialRows(sections[0]).Count);
        Assert.Equal(166, OfficialRows(sections[1]).Count);
        Assert.Contains("150 élus au mandat 2020-…, 166 élus au mandat 2015-2020.", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("316", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officials_are_in_alphabetical_order_under_letters_the_index_links_to()
    {
        var page = await GetAsync("/elus");
        var section = page.Document.QuerySelector("#mandat-2015")!.Closest("section")!;

        Assert.Equal("/elus/m-abadie-2015", OfficialRows(section)[0].QuerySelector("a")!.GetAttribute("href"));
        var letters = section.QuerySelectorAll(".letter-index a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("#mandat-2015-a", letters);
        Assert.All(letters, href => Assert.NotNull(page.Document.GetElementById(href[1..])));

        // Under each letter, only surnames that start with it; the letters in order.
        var groups = section.QuerySelectorAll("tbody").Select(g => (
            Letter: g.QuerySelector(".letter-row th").Text(),
            Initials: g.QuerySelectorAll("th[scope=row] a").Select(a => char.ToUpperInvariant(a.GetAttribute("href")!.Split('-')[1][0]).ToString()).ToList())).ToList();
        Assert.Equal(groups.Select(g => g.Letter).Order(StringComparer.Ordinal), groups.Select(g => g.Letter));
        Assert.All(groups, g => Assert.All(g.Initials, initial => Assert.Equal(g.Letter, initial)));
    }

    [Theory]
    [InlineData("mme-baume-2020", "Mme\u00A0Émeline\u00A0Baume", "1", "1 sur 1", "0")]
    [InlineData("m-kabalo-2020", "M.\u00A0Kabalo", "1", "0 sur 1", "1")]
    [InlineData("m-bernard-2015", "M.\u00A0Bernard", "4", "3 sur 4", "1")]
    [InlineData("m-rantonnet-2015", "M.\u00A0Rantonnet", "3", "3 sur 3", "0")]
    public async Task Each_official_shows_name_decisions_attendance_rate_and_proxies_given(string slug, string name, string listed, string rate, string proxies)
    {
        var page = await GetAsync("/elus");

        var row = page.Document.QuerySelector($"a[href='/elus/{slug}']")!.Closest("tr")!;
        Assert.Equal(name, row.QuerySelector("th").Text());
        Assert.Equal([listed, rate, proxies], row.QuerySelectorAll("td").Select(td => td.Text()));
    }

    [Fact]
    public async Task Mr_and_Mrs_David_are_two_officials_with_two_pages()
    {
        var page = await GetAsync("/elus?mandat=2015");

        Assert.NotNull(page.Document.QuerySelector("a[href='/elus/m-david-2015']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/elus/mme-david-2015']"));
    }

    [Theory]
    [InlineData("emeline", "mme-baume-2020")]
    [InlineData("ÉMELINE BAUME", "mme-baume-2020")]
    [InlineData("Kabelo", "m-kabalo-2015", "m-kabalo-2020")]
    [InlineData("Rantonnnet", "m-rantonnet-2015", "m-rantonnet-2020")]
    [InlineData("Mme David", "mme-david-2015")]
    [InlineData("madame david", "mme-david-2015")]
    [InlineData("asti lapperriere", "mme-asti-lapperriere-2020")]
    public async Task Name_filter_ignores_accents_and_case_and_forgives_a_typing_slip(string query, params string[] slugs)
    {
        var page = await GetAsync("/elus?q=" + Uri.EscapeDataString(query));

        Assert.Equal(slugs, page.Document.QuerySelectorAll("table.official-list tbody th[scope=row] a").Select(a => a.GetAttribute("href")![6..]).Order(StringComparer.Ordinal));
        Assert.Contains($"pour « {query} »", page.MainText, StringComparison.Ordinal);
        Assert.Equal(query, page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#filtre-nom")!.Value);
    }

    [Fact]
    public async Task Term_filter_keeps_one_section_and_an_unknown_term_filters_nothing()
    {
        var one = await GetAsync("/elus?mandat=2015");
        Assert.Equal(["mandat-2015"], one.Document.QuerySelectorAll("section.term-section h2").Select(h => h.Id));
        Assert.Equal("2015", one.Document.QuerySelector("#filtre-mandat option[selected]")?.GetAttribute("value"));
        Assert.Contains("166 élus au mandat 2015-2020.", one.MainText, StringComparison.Ordinal);

        var unknown = await GetAsync("/elus?mandat=1999");
        Assert.Equal(2, unknown.Document.QuerySelectorAll("section.term-section").Length);

        var both = await GetAsync("/elus?q=bernard&mandat=2020");
        Assert.Equal(["/elus/m-bernard-2020"], both.Document.QuerySelectorAll("table.official-list tbody th[scope=row] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task No_match_is_said_in_words()
    {
        var page = await GetAsync("/elus?q=zzzzzz");

        Assert.Empty(page.Document.QuerySelectorAll("section.term-section"));
        Assert.Contains("Aucun élu ne correspond à « zzzzzz ».", page.MainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("\"' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Hostile_queries_are_harmless(string query)
    {
        var page = await GetAsync("/elus?q=" + Uri.EscapeDataString(query));

        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_query_of_5000_characters_answers_quickly_and_is_not_echoed_whole()
    {
        var query = string.Concat(Enumerable.Repeat("Zq\"'<>", 834))[..5000];

        var page = await GetAsync("/elus?q=" + Uri.EscapeDataString(query));

        Assert.Contains("Aucun élu ne correspond", page.MainText, StringComparison.Ordinal);
        Assert.True(page.MainText.Length < 4000, $"the page echoes {page.MainText.Length} characters");
    }

    private async Task<HtmlPage> GetAsync(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page;
    }

    private static List<IElement> OfficialRows(IElement section) =>
        [.. section.QuerySelectorAll("tbody tr").Where(r => !r.ClassList.Contains("letter-row"))];
}
