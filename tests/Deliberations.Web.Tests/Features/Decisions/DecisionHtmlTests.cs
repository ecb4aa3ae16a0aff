using AngleSharp.Html.Parser;
using Deliberations.Web.Features.Decisions;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Tests.Features.Decisions;

/// <summary>The report's HTML: sanitized first, then reshaped as a DOM, so citations can never smuggle markup in.</summary>
public class DecisionHtmlTests
{
    private static readonly MarkdownRenderer Markdown = new(DocumentSanitizer.Create());
    private static readonly HashSet<string> Stored = new(StringComparer.Ordinal) { "2019-3364", "CP-2018-2133" };

    [Theory]
    [InlineData("Vu la délibération n° 2019-3364 du 18 mars 2019.", "délibération n°\u00A02019-3364")]
    [InlineData("Par délibération du Conseil n° 2019-3364, la Métropole…", "délibération du Conseil n°\u00A02019-3364")]
    [InlineData("la délibération de la Commission permanente n°CP-2018-2133", "délibération de la Commission permanente n°CP-2018-2133")]
    [InlineData("DÉLIBÉRATION N° 2019-3364", "DÉLIBÉRATION N°\u00A02019-3364")]
    public void Citation_of_a_stored_decision_is_linked(string text, string linked)
    {
        var body = Parse(DecisionHtml.Report(Markdown, text, Stored).Value!);

        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal(linked, link.TextContent);
        Assert.StartsWith("/deliberations/", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(FrenchSpacing.Apply(text), body.TextContent.Trim());
    }

    [Theory]
    [InlineData("délibération n° 2017-1976 du 10 juillet 2017")]
    [InlineData("décision n° 2019-3364")]
    [InlineData("délibération 2019-3364")]
    [InlineData("délibération n° 2019-33640")]
    public void Other_text_is_left_alone(string text)
    {
        var body = Parse(DecisionHtml.Report(Markdown, text, Stored).Value!);

        Assert.Empty(body.QuerySelectorAll("a"));
    }

    [Theory]
    [InlineData("délibération n° 2019-3364<script>alert(1)</script>")]
    [InlineData("<a href=\"https://example.org/\">délibération n° 2019-3364</a> <img src=x onerror=alert(1)>")]
    [InlineData("\"><svg onload=alert(1)> délibération n° 2019-3364 \" onmouseover=\"alert(1)")]
    [InlineData("<p title=\"délibération n° 2019-3364\">texte</p>")]
    public void Citations_near_markup_never_produce_markup(string text)
    {
        var body = Parse(DecisionHtml.Report(Markdown, text, Stored).Value!);

        Assert.Empty(body.QuerySelectorAll("script, img, svg"));
        Assert.Empty(body.QuerySelectorAll("a a"));
        Assert.All(body.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "title"));
    }

    [Fact]
    public void Plain_text_is_encoded_before_its_citations_are_linked()
    {
        var html = DecisionHtml.Text("Vu la délibération n° 2019-3364 <b>et</b> <script>x</script> & co", Stored).Value!;

        Assert.Contains("&lt;b&gt;et&lt;/b&gt; &lt;script&gt;x&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.StartsWith("Vu la <a href=\"/deliberations/2019-3364\">délibération n°&nbsp;2019-3364</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_are_placed_by_what_they_say_under_the_page_outline()
    {
        const string report = "**I - Contexte**\n\ntexte\n\n## 2° - GrandLyon Connect Pro\n\ntexte\n\n#### III - Projets\n\n#### 1° - Toodego\n\n# Annexe\n\n## Détail";

        var body = Parse(DecisionHtml.Report(Markdown, report, Stored).Value!);

        Assert.Equal(
            ["h3 I - Contexte", "h4 2° - GrandLyon Connect Pro", "h3 III - Projets", "h4 1° - Toodego", "h3 Annexe", "h4 Détail"],
            body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName + " " + h.TextContent.Trim()));
    }

    [Fact]
    public void Tab_tables_become_tables_with_header_scopes_and_row_headers()
    {
        const string report = "Budget :\n\n\tBudget (en €)\tDINUM (en €)\nLaclasse.com\t120 000\t60 000\n<b>Coût total</b>\t<b>120 000</b>\t<b>60 000</b>\n\nSuite.";

        var body = Parse(DecisionHtml.Report(Markdown, report, Stored).Value!);

        var table = body.QuerySelector("div.table-scroll > table")!;
        Assert.Equal(["Libellé", "Budget (en €)", "DINUM (en €)"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["Laclasse.com", "Coût total"], table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(4, table.QuerySelectorAll("td.number").Length);
        Assert.Equal("Suite.", body.QuerySelector("p:last-child")?.TextContent);
    }

    [Fact]
    public void Pipes_inside_tab_cells_do_not_split_them()
    {
        var markdown = ReportMarkdown.Prepare("a|b\tc\nd\te|f");

        Assert.Equal("\n| a\\|b | c |\n| --- | --- |\n| d | e\\|f |\n\n", markdown);
    }

    private static AngleSharp.Dom.IElement Parse(string html) => new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
}
