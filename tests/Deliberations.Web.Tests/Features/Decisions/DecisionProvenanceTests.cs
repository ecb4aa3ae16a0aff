using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Decisions;

/// <summary>
/// The clerk's check: every parsed fact of a decision page sends to the line of the source text it was
/// read from, and that line holds the fact. Line numbers checked by reading seeds 000 and 004.
/// </summary>
public class DecisionProvenanceTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Decisions() => ["2021-0801", "CP-2018-2133", "2019-3364", "2018-3067", "2019-3853"];

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Every_line_link_names_its_fact_and_reaches_a_line_of_the_source(string number)
    {
        var page = await GetAsync(number);

        var links = page.Document.QuerySelectorAll("main a.line-link").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            var line = SourceLine(page, link);
            Assert.False(string.IsNullOrWhiteSpace(line.TextContent));
            Assert.Matches(@"^.+ : ligne \d+ du texte source$", link.GetAttribute("aria-label"));
        });
    }

    [Fact]
    public async Task Header_facts_link_to_the_lines_they_were_read_from()
    {
        var page = await GetAsync("2021-0801");

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["Instance"] = 6,
                ["Séance"] = 6,
                ["Numéro"] = 8,
                ["Commission"] = 10,
                ["Service"] = 16,
                ["Rapporteur"] = 18,
                ["Président de séance"] = 20,
                ["Secrétaire de séance"] = 26,
                ["Membres en exercice"] = 22,
                ["Convocation"] = 24,
                ["Rapport du"] = 46,
                ["Affichée le"] = 28,
                ["Transmise en préfecture le"] = 218,
                ["Reçue en préfecture le"] = 218,
                ["Identifiant en préfecture"] = 218,
            },
            FactLines(page));
        Assert.All(page.Document.QuerySelectorAll("dl.facts > div"), fact => AssertLineHolds(page, fact.QuerySelector("dd")!, Key(fact.QuerySelector("dd")!)));
        Assert.Equal("#ligne-14", page.Document.QuerySelector(".title-line a")?.GetAttribute("href"));
        Assert.Equal("Objet : ligne 14 du texte source", page.Document.QuerySelector(".title-line a")?.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Commission_permanente_facts_link_to_its_lines()
    {
        var page = await GetAsync("CP-2018-2133");

        var lines = FactLines(page);
        Assert.Equal(8, lines["Séance"]);
        Assert.Equal(10, lines["Numéro"]);
        Assert.Equal(40, lines["Projet de décision du"]);
        Assert.Equal(98, lines["Reçue en préfecture le"]);
        Assert.All(page.Document.QuerySelectorAll("dl.facts > div"), fact => AssertLineHolds(page, fact.QuerySelector("dd")!, Key(fact.QuerySelector("dd")!)));
    }

    [Theory]
    [InlineData("2021-0801", 121 + 29)]
    [InlineData("CP-2018-2133", 50 + 2)]
    public async Task Each_name_in_the_attendance_lists_links_to_the_line_that_prints_it(string number, int names)
    {
        var page = await GetAsync(number);

        var entries = page.Document.QuerySelectorAll("ul.name-list > li").ToList();
        Assert.Equal(names, entries.Count);
        Assert.All(entries, li =>
        {
            var display = li.QuerySelector("a")!.TextContent.Trim().Replace('\u00A0', ' ');
            // The list prints surnames only; the page adds a first name where the header gave one.
            AssertLineHolds(page, li, display.Split(' ')[^1]);
            Assert.StartsWith(display + " : ligne ", li.QuerySelector("a.line-link")!.GetAttribute("aria-label")?.Replace('\u00A0', ' '), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Articles_imputations_tables_and_projects_link_to_their_lines()
    {
        var page = await GetAsync("2021-0801");

        var articles = page.Document.QuerySelectorAll("ol.articles > li").ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, li => AssertLineHolds(page, li, li.QuerySelector(".article-number")!.TextContent.Trim()));
        var imputation = page.Document.QuerySelector("table.imputations tbody tr")!;
        AssertLineHolds(page, imputation, "693 800");
        var tables = page.Document.QuerySelectorAll("table.budget-table").ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, table => AssertLineHolds(page, table.QuerySelector("caption")!, DecisionPageTests.Text(table.QuerySelectorAll("thead th")[1])));
        Assert.All(page.Document.QuerySelectorAll("table.budget-table tbody th"), th => AssertLineHolds(page, th, DecisionPageTests.Text(th)));
        var projects = page.Document.QuerySelectorAll("table.projects tbody th").ToList();
        Assert.Equal(8, projects.Count);
        Assert.All(projects, th => AssertLineHolds(page, th, DecisionPageTests.Text(th)));
        var amendments = page.Document.QuerySelectorAll("div.amendment").ToList();
        Assert.Equal(2, amendments.Count);
        Assert.All(amendments, a => AssertLineHolds(page, a.QuerySelector(".amendment-target")!, DecisionPageTests.Text(a.QuerySelector(".amendment-target")!)[..16]));
    }

    [Fact]
    public async Task Grant_links_to_the_line_that_names_the_organisation()
    {
        var page = await GetAsync("2019-3853");

        AssertLineHolds(page, page.Document.QuerySelector("table.grants tbody th")!, "Réseau des territoires innovants");
    }

    /// <summary>Each fact's label and the line its link points at.</summary>
    private static Dictionary<string, int> FactLines(HtmlPage page) =>
        page.Document.QuerySelectorAll("dl.facts > div")
            .Where(d => d.QuerySelector("a.line-link") is not null)
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => LineNumber(d.QuerySelector("a.line-link")!));

    /// <summary>What of a header fact the source prints as the page does: a date's day, month and year; a person's surname; the value otherwise.</summary>
    private static string Key(IElement dd)
    {
        var text = DecisionPageTests.Text(dd);
        return dd.QuerySelector("a[href^='/elus/']") is not null ? text.Split(',')[0].Split(' ')[^1] : text;
    }

    private static void AssertLineHolds(HtmlPage page, IElement fact, string text)
    {
        var link = fact.QuerySelector("a.line-link");
        Assert.True(link is not null, $"No line link for « {text} ».");
        var line = Fold(SourceLine(page, link).TextContent);
        Assert.Contains(Fold(text), line, StringComparison.Ordinal);
    }

    private static IElement SourceLine(HtmlPage page, IElement link)
    {
        var href = link.GetAttribute("href")!;
        Assert.StartsWith("#ligne-", href, StringComparison.Ordinal);
        var line = page.Document.GetElementById(href[1..]);
        Assert.True(line is not null, $"{href} is not a line of the source text.");
        return line;
    }

    private static int LineNumber(IElement link) => int.Parse(link.GetAttribute("href")!["#ligne-".Length..], CultureInfo.InvariantCulture);

    /// <summary>Text as compared: no Markdown emphasis, any run of spaces one space, lower case (the page capitalises what the source may not).</summary>
    private static string Fold(string text) =>
        HtmlPage.Collapse(text.Replace("*", "", StringComparison.Ordinal).Replace('\u00A0', ' ').Replace('\u202F', ' ')).ToLowerInvariant();

    private async Task<HtmlPage> GetAsync(string number)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/deliberations/" + number);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page;
    }
}
