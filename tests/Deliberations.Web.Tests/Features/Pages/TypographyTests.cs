using System.Text.RegularExpressions;
using Deliberations.Web.Tests.Browser;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Pages;

/// <summary>
/// French typography and what every page carries in its head, on every page kind the browser tests
/// visit: agreement instead of « (s) », no-break spaces after a civility and « n° », a favicon, a
/// description of its own, and data tables a keyboard can reach.
/// </summary>
public partial class TypographyTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Urls => SitePages.Urls;

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Visible_text_agrees_rather_than_writing_s_in_brackets(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        // The source text is the register as printed, « commune (s) » included: it is quoted, not written by the site.
        var text = VisibleText(page);
        Assert.DoesNotMatch(BracketedEnding(), text);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task A_civility_or_n_degree_is_never_followed_by_a_breaking_space(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.DoesNotMatch(BreakAfterCivilityOrNumberSign(), VisibleText(page));
        var names = page.Document.QuerySelectorAll("main a[href^='/elus/']").Select(a => a.TextContent.Trim()).Where(t => t.StartsWith('M'));
        Assert.All(names, name => Assert.DoesNotContain(' ', name));
    }

    [Fact]
    public async Task Names_and_numbers_on_the_decision_page_are_glued()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/deliberations/2021-0801");

        Assert.Equal("Délibération n°\u00A02021-0801", page.Document.Title);
        Assert.Contains("Délibération n°\u00A02021-0801", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var names = page.Document.QuerySelectorAll("main a[href^='/elus/']").Select(a => a.TextContent.Trim()).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Matches(@"^(M\.|Mme)\u00A0\S+", name));
    }

    [Fact]
    public async Task Every_page_has_a_favicon_and_a_description_of_its_own()
    {
        var client = factory.CreateClient();
        var descriptions = new Dictionary<string, string>();
        foreach (var (name, url) in SitePages.ByName)
        {
            var page = await HtmlPage.GetAsync(client, url);
            var icon = page.Document.QuerySelector("head link[rel='icon']")?.GetAttribute("href");
            Assert.NotNull(icon);
            Assert.StartsWith("/favicon", icon, StringComparison.Ordinal);
            Assert.Equal("image/svg+xml", (await client.GetAsync(new Uri(icon, UriKind.Relative))).Content.Headers.ContentType?.MediaType);

            var description = page.Document.QuerySelector("head meta[name='description']")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), url);

            // The filtered list is the list page again, as its title says.
            if (name != "deliberations-filtrees")
            {
                Assert.True(descriptions.TryAdd(description, url), $"{url} has the description of {descriptions.GetValueOrDefault(description)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Titles_name_the_site_once(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        var title = page.Document.Title ?? "";
        Assert.False(string.IsNullOrWhiteSpace(title));
        Assert.True(Regex.Count(title, "Délibérations?", RegexOptions.IgnoreCase) <= 1, title);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Table_regions_are_focusable_labelled_and_their_cells_labelled_for_phones(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
        var document = page.Document;

        Assert.All(document.QuerySelectorAll(".table-scroll"), region =>
        {
            Assert.Equal("0", region.GetAttribute("tabindex"));
            Assert.Equal("region", region.GetAttribute("role"));
            var label = region.GetAttribute("aria-label")
                ?? document.GetElementById(region.GetAttribute("aria-labelledby") ?? "")?.TextContent;
            Assert.False(string.IsNullOrWhiteSpace(label), region.OuterHtml[..Math.Min(200, region.OuterHtml.Length)]);
        });
        Assert.All(document.QuerySelectorAll("table.cards tbody td"), cell =>
            Assert.False(string.IsNullOrWhiteSpace(cell.GetAttribute("data-label")), cell.OuterHtml));

        // The labels are copied from the headings by reading the markup with a few patterns: an HTML
        // parser's reading of the same table must give each cell the heading of its column.
        Assert.All(document.QuerySelectorAll("table.cards"), table =>
        {
            var headings = Columns(table.QuerySelectorAll("thead tr").Last()).Select(h => Words(h.TextContent)).ToList();
            foreach (var row in table.QuerySelectorAll("tbody tr, tfoot tr"))
            {
                var column = 0;
                foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
                {
                    var expected = column < headings.Count && headings[column].Length > 0 ? headings[column] : null;
                    Assert.True(expected == cell.GetAttribute("data-label"), $"{url}: « {cell.GetAttribute("data-label")} » où la colonne dit « {expected} » : {cell.OuterHtml}");
                    column += Columns(cell).Count();
                }
            }
        });
    }

    /// <summary>A row's cells, a cell spanning n columns given n times; or one cell's columns.</summary>
    private static IEnumerable<AngleSharp.Dom.IElement> Columns(AngleSharp.Dom.IElement element) =>
        (element.LocalName == "tr" ? element.Children.Where(c => c.LocalName is "td" or "th") : [element])
            .SelectMany(c => Enumerable.Repeat(c, int.TryParse(c.GetAttribute("colspan"), out var span) && span > 1 ? span : 1));

    private static string Words(string text) =>
        string.Join(' ', text.Replace("\u00AD", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task An_organisation_table_labels_its_subject_and_amount_cells()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/organisations/reseau-des-territoires-innovants");

        var region = page.Document.QuerySelector("main .table-scroll")!;
        Assert.Equal("Sommes versées à Réseau des territoires innovants", region.GetAttribute("aria-label"));
        var row = region.QuerySelector("tbody tr")!;
        Assert.Equal(["Date", "Numéro", "Objet", "Type de somme", "Montant versé"],
            row.Children.Select(c => c.GetAttribute("data-label")).ToList());
    }

    /// <summary>The body's text without the register as printed (the source view) and without scripts.</summary>
    private static string VisibleText(HtmlPage page)
    {
        var body = (AngleSharp.Dom.IElement)page.Document.Body!.Clone();
        foreach (var quoted in body.QuerySelectorAll(".source-lines, script").ToList())
        {
            quoted.Remove();
        }

        return body.TextContent;
    }

    [GeneratedRegex(@"\w\s?\((s|e|es)\)")]
    private static partial Regex BracketedEnding();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(M\.|MM\.|Mme|Mmes|n°)[ \t\r\n]+\S")]
    private static partial Regex BreakAfterCivilityOrNumberSign();
}
