using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Budget;

public class BudgetPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Every_imputation_is_listed_with_totals_by_direction()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/budget");

        Assert.Equal(3, page.Document.QuerySelectorAll("#imputations ~ .table-scroll tbody tr").Length);
        Assert.Contains("Dépenses : 61 500 € · Recettes : 693 800 €", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_year_and_chapter()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/budget?annee=2019&chapitre=65");

        var row = Assert.Single(page.Document.QuerySelectorAll("#imputations ~ .table-scroll tbody tr"));
        var text = HtmlPage.Collapse(row.TextContent);
        Assert.Contains("2019-3853", text, StringComparison.Ordinal);
        Assert.Contains("26 500 €", text, StringComparison.Ordinal);
        Assert.Equal("selected", page.Document.QuerySelector("#annee option[value='2019']")?.GetAttribute("selected"));
    }

    [Fact]
    public async Task Charts_come_with_their_data_table()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/budget");

        Assert.Equal(2, page.Document.QuerySelectorAll("main svg[role='img']").Length);
        Assert.Contains("Coût total des projets", page.Document.QuerySelectorAll("main caption").Select(c => c.TextContent));
    }

    [Fact]
    public async Task Budget_tables_show_their_corrected_totals()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/budget");

        var tables = HtmlPage.Collapse(page.Document.QuerySelector("#tableaux ~ .table-scroll")!.TextContent);
        Assert.Contains("902 000 €", tables, StringComparison.Ordinal);
        Assert.Contains("478 800 €", tables, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/budget?annee=abc")]
    [InlineData("/budget?annee=99999999999999")]
    [InlineData("/budget?chapitre=%3Cscript%3E")]
    public async Task Bad_filters_give_a_page_not_an_error(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.DoesNotContain("<script>", page.Document.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
    }
}
