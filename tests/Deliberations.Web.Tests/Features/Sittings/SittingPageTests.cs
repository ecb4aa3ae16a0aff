using System.Net;
using AngleSharp.Dom;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Sittings;

/// <summary><c>/seances/{slug}</c> on the seeds: decisions, attendance as printed, president, members in office.</summary>
public class SittingPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Council_of_13_December_2021_lists_2021_0801_and_its_150_members()
    {
        var page = await GetAsync("/seances/2021-12-13-conseil");

        Assert.Equal("Conseil du 13 décembre 2021", page.Document.QuerySelector("h1").Text());
        Assert.Equal("Mandat 2020 – …", page.Document.QuerySelector(".page-intro").Text());
        Assert.NotNull(page.Document.QuerySelector("#deliberations")!.Closest("section")!.QuerySelector("a[href='/deliberations/2021-0801']"));
        Assert.Equal("150", Stat(page, "Membres en exercice"));
        Assert.Equal("121", Stat(page, "Présents"));
        Assert.Equal("M.\u00A0Bruno\u00A0Bernard", Stat(page, "Président"));
        Assert.NotNull(page.Document.QuerySelector(".stats a[href='/elus/m-bernard-2020']"));
        Assert.Equal("M.\u00A0Michaël\u00A0Maire", Stat(page, "Secrétaire"));
        Assert.Contains("150 élus listés pour 150 membres en exercice : 121 présents, 29 absents excusés, 0 absent non excusé.", page.MainText, StringComparison.Ordinal);

        Assert.Equal(121, Members(page, "presents").Count);
        Assert.Equal(29, Members(page, "excuses").Count);
        Assert.Empty(Members(page, "non-excuses"));
        Assert.Equal("Aucun.", page.Document.QuerySelector("#non-excuses + p").Text());
    }

    [Fact]
    public async Task Each_name_says_at_how_many_decisions_it_was_present_and_who_held_the_vote()
    {
        var page = await GetAsync("/seances/2021-12-13-conseil");

        Assert.Equal("Mme\u00A0Émeline\u00A0Baume présente à 1 sur 1", Members(page, "presents").Single(li => li.QuerySelector("a[href='/elus/mme-baume-2020']") is not null).Text());
        var kabalo = Members(page, "excuses").Single(li => li.QuerySelector("a[href='/elus/m-kabalo-2020']") is not null);
        Assert.Equal("M.\u00A0Kabalo pouvoir à Mme\u00A0Prost", kabalo.Text());
        Assert.NotNull(kabalo.QuerySelector("a[href='/elus/mme-prost-2020']"));
    }

    [Fact]
    public async Task Commission_permanente_of_15_January_2018_has_its_president_and_no_stated_members()
    {
        var page = await GetAsync("/seances/2018-01-15-commission-permanente");

        Assert.Equal("Commission permanente du 15 janvier 2018", page.Document.QuerySelector("h1").Text());
        Assert.Equal("Mandat 2015 – 2020", page.Document.QuerySelector(".page-intro").Text());
        Assert.NotNull(page.Document.QuerySelector("a[href='/deliberations/CP-2018-2133']"));
        Assert.Equal("non indiqué", Stat(page, "Membres en exercice"));
        Assert.Equal("M.\u00A0David\u00A0Kimelfeld", Stat(page, "Président"));
        Assert.Equal(50, Members(page, "presents").Count);
        Assert.Equal(
            ["M.\u00A0Barge", "M.\u00A0Bernard pouvoir à M.\u00A0Le\u00A0Faou"],
            Members(page, "excuses").Select(li => li.Text()));
    }

    [Theory]
    [InlineData("/seances/2021-12-13-CONSEIL")]
    [InlineData("/seances/2021-12-13-conseil?deliberations=42")]
    [InlineData("/seances/2021-12-13-conseil?deliberations=-7")]
    public async Task Odd_but_harmless_addresses_still_show_the_sitting(string url)
    {
        var page = await GetAsync(url);

        Assert.Equal("Conseil du 13 décembre 2021", page.Document.QuerySelector("h1").Text());
    }

    [Theory]
    [InlineData("/seances/2021-12-13-commission-permanente")]
    [InlineData("/seances/2021-12-14-conseil")]
    [InlineData("/seances/2021-13-45-conseil")]
    [InlineData("/seances/2021-12-13")]
    [InlineData("/seances/2021-12-13conseil")]
    [InlineData("/seances/conseil")]
    [InlineData("/seances/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/seances/2021-12-13-conseil'%20OR%20'1'='1")]
    public async Task Unknown_or_hostile_slugs_are_not_found(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<HtmlPage> GetAsync(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page;
    }

    private static List<IElement> Members(HtmlPage page, string group) =>
        [.. page.Document.QuerySelectorAll($"ul[aria-labelledby='{group}'] > li")];

    private static string Stat(HtmlPage page, string label) =>
        page.Document.QuerySelectorAll(".stats > div").Single(d => d.QuerySelector("dt").Text() == label).QuerySelector("dd").Text();
}
