using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Projects;

public class ProjectPagesTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_list_shows_projects_with_their_budget_and_organisations_with_their_grants()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/projets");

        var projects = Rows(page, "#projets");
        Assert.Equal(11, projects.Count);
        Assert.Contains(("DatAgora", "306 000 €"), projects);
        Assert.Contains(("Self data territorial", "non précisé"), projects);
        var organisations = Rows(page, "#organismes");
        Assert.Equal([("Fondation internet nouvelle génération (FING)", "35 000 €"), ("Réseau des territoires innovants", "26 500 €")], organisations);
    }

    [Fact]
    public async Task A_project_page_lists_the_decisions_that_fund_it()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/projets/grandlyon-connect-pro");

        Assert.Equal("Projet\u00A0: GrandLyon Connect Pro", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("216 000 €", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/deliberations/2021-0801']"));
    }

    [Fact]
    public async Task An_organisation_page_lists_its_grants_with_the_decision()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/organisations/reseau-des-territoires-innovants");

        Assert.Contains("Total versé selon les textes : 26 500 €", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/deliberations/2019-3853']"));
        Assert.Equal(["Date", "Numéro", "Objet", "Type de somme", "Montant versé"], page.Document.QuerySelectorAll("main thead th").Select(th => th.TextContent));
        Assert.Equal("subvention", page.Document.QuerySelector("main tbody td:nth-of-type(3)")?.TextContent);
        Assert.NotNull(page.Document.QuerySelector("a[type='application/atom+xml'][href='/organisations/reseau-des-territoires-innovants/flux.atom']"));
    }

    [Fact]
    public async Task A_decision_says_what_kind_of_sum_it_pays_and_that_a_project_amount_is_its_cost()
    {
        var fing = await HtmlPage.GetAsync(factory.CreateClient(), "/deliberations/2018-3067");

        var grant = fing.Document.QuerySelector("table.grants tbody tr")!;
        Assert.Equal("participation", grant.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal(["Projet", "Coût total indiqué"], fing.Document.QuerySelectorAll("table.projects thead th").Select(th => th.TextContent));
    }

    [Theory]
    [InlineData("/projets/inconnu")]
    [InlineData("/organisations/%3Cscript%3E")]
    public async Task Unknown_names_are_404(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static List<(string Name, string Amount)> Rows(HtmlPage page, string section) =>
        [.. page.Document.QuerySelectorAll($"{section} ~ .table-scroll tbody tr")
            .Select(r => (HtmlPage.Collapse(r.QuerySelector("th")!.TextContent), HtmlPage.Collapse(r.QuerySelector("td.amount")!.TextContent)))];
}
