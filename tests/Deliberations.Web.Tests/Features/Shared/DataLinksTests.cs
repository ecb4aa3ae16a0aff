using System.Net;
using AngleSharp.Html.Parser;
using Deliberations.Web.Features.Search;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Shared;

/// <summary>The links from pages to their data: the partial, the pages that include it, and where the links lead.</summary>
public class DataLinksTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public const string PartialPath = "/Features/Shared/_DataLinks.cshtml";

    [Fact]
    public async Task The_partial_names_each_format_and_its_media_type()
    {
        var html = await PartialRenderer.RenderAsync(factory.Services, PartialPath, DataLinks.Decisions);
        var links = new HtmlParser().ParseDocument("<body>" + html + "</body>").QuerySelectorAll("a");

        Assert.Equal(["/api/deliberations", "/export/deliberations.csv", "/flux.atom"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["application/json", "text/csv", "application/atom+xml"], links.Select(a => a.GetAttribute("type")));
        Assert.Equal("Délibérations au schéma SCDL (CSV)", links[1].TextContent);
    }

    [Fact]
    public async Task No_links_no_paragraph()
    {
        var html = await PartialRenderer.RenderAsync(factory.Services, PartialPath, DataLinks.Search(null));

        Assert.Equal("", html.Trim());
    }

    [Theory]
    [InlineData("/", "/api")]
    [InlineData("/budget", "/export/budget.csv")]
    [InlineData("/projets", "/api/projets")]
    [InlineData("/projets/grandlyon-connect-pro", "/api/projets/grandlyon-connect-pro")]
    [InlineData("/organisations/reseau-des-territoires-innovants", "/api/organisations/reseau-des-territoires-innovants")]
    [InlineData("/recherche?q=donn%C3%A9es", "/api/recherche?q=donn%C3%A9es&limit=20")]
    public async Task Pages_link_to_their_data(string url, string href)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.NotNull(page.Document.QuerySelector($"main .data-links a[href='{href}']"));
    }

    public static TheoryData<string> Targets()
    {
        var lists = new[]
        {
            DataLinks.Home, DataLinks.Decisions, DataLinks.Sittings, DataLinks.Officials, DataLinks.Projects, DataLinks.Budget,
            DataLinks.Decision("CP-2018-2133"), DataLinks.Sitting(new DateOnly(2021, 12, 13), "Conseil"), DataLinks.Official("mme-baume-2020"),
            DataLinks.Project("datagora"), DataLinks.Organisation("reseau-des-territoires-innovants"), DataLinks.Search(new SearchParameters("données", true, 2019, "Conseil", 2, 20)),
        };
        return [.. lists.SelectMany(l => l).Select(l => l.Href).Distinct()];
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Every_link_leads_somewhere(string href)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
