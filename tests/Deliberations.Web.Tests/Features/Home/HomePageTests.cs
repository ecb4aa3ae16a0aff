using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Home;

public class HomePageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Says_what_the_site_holds_and_shows_the_latest_sittings_and_decisions()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        var figures = page.Document.QuerySelectorAll(".key-figures li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["5 délibérations", "5 séances", "150 élus au mandat 2020-…", "13 projets et organismes financés"], figures);
        // The officials of the latest term, not the 316 records of both terms, where a re-elected official counts twice.
        Assert.Equal("/elus?mandat=2020", page.Document.QuerySelectorAll(".key-figures a")[2].GetAttribute("href"));
        Assert.Equal("/seances/2021-12-13-conseil", page.Document.QuerySelector("#dernieres-seances ~ ul a")?.GetAttribute("href"));
        var decisions = page.Document.QuerySelectorAll(".decision-list .decision-number").Select(a => a.TextContent).ToList();
        Assert.Equal(["2021-0801", "2019-3853", "2019-3364", "2018-3067", "CP-2018-2133"], decisions);
    }
}
