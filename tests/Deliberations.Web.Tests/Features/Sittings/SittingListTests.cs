using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Sittings;

/// <summary><c>/seances</c> on the seeds: the five sittings, newest first, with their counts.</summary>
public class SittingListTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Lists_the_five_sittings_newest_first_with_decisions_present_and_members()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/seances");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Séances", page.Document.QuerySelector("h1").Text());
        Assert.Contains("5 séances.", page.MainText, StringComparison.Ordinal);
        Assert.Equal(
            [
                "Conseil du 13 décembre 2021 1 121 150",
                "Conseil du 4 novembre 2019 1 147 165",
                "Conseil du 18 mars 2019 1 157 165",
                "Conseil du 5 novembre 2018 1 148 165",
                "Commission permanente du 15 janvier 2018 1 50 —",
            ],
            page.Document.QuerySelectorAll("table.sitting-list tbody tr").Select(r => r.Text()));
        Assert.Equal(
            ["/seances/2021-12-13-conseil", "/seances/2019-11-04-conseil", "/seances/2019-03-18-conseil", "/seances/2018-11-05-conseil", "/seances/2018-01-15-commission-permanente"],
            page.Document.QuerySelectorAll("table.sitting-list tbody th a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.Document.QuerySelector("nav.pager"));
    }
}
