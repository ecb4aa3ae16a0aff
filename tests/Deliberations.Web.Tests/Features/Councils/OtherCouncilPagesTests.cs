using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Councils;

/// <summary>
/// Another council's pages under <c>/conseils/{slug}</c>: the site's own pages, seeing that council alone,
/// their links kept under its prefix; the site's own council unchanged at the root; what other councils do
/// not have (budget, funding) not found under their prefix.
/// </summary>
public sealed class OtherCouncilPagesTests(OtherCouncilsSite site) : IClassFixture<OtherCouncilsSite>
{
    private const string Avranches = "/conseils/avranches";

    [Fact]
    public async Task The_councils_page_lists_the_three_councils_and_links_to_each()
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), "/conseils");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var rows = page.Document.QuerySelectorAll("main table tbody tr").Take(3).Select(r => HtmlPage.Collapse(r.TextContent)).ToList();
        Assert.StartsWith("Métropole de Lyon 5 5", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("Ville d'Avranches 4 67", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Commune d'Illats 1 3", StringComparison.Ordinal));
        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Avranches);
    }

    [Fact]
    public async Task Another_councils_sittings_are_its_own_and_its_links_keep_its_prefix()
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), Avranches + "/seances");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("4 séances.", page.MainText, StringComparison.Ordinal);
        Assert.Equal(
            [Avranches + "/seances/2017-07-04-conseil-municipal", Avranches + "/seances/2014-01-27-conseil-municipal", Avranches + "/seances/2013-07-01-conseil-municipal", Avranches + "/seances/2013-02-04-conseil-municipal"],
            page.Document.QuerySelectorAll("table.sitting-list tbody th a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Les décisions de la Ville d'Avranches", page.Document.QuerySelector(".site-tagline")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("nav.site-nav a"), a => a.GetAttribute("href") is Avranches + "/budget" or Avranches + "/projets");

        // The footer's link to the site's own council stays at the root.
        var home = page.Document.QuerySelectorAll("footer a").Single(a => a.TextContent.Contains("Métropole de Lyon", StringComparison.Ordinal));
        Assert.Equal("/", home.GetAttribute("href"));
        Assert.False(home.HasAttribute("asp-home-council"));
    }

    [Fact]
    public async Task A_sitting_of_another_council_shows_its_attendance_counted_by_hand()
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), Avranches + "/seances/2013-02-04-conseil-municipal");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);

        // The 13 items decided, 29 members in office, 22 present (tests/data/other-councils/expected/001_…json).
        Assert.Contains("Délibérations (13)", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Membres en exercice 29", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Présents 22", page.MainText, StringComparison.Ordinal);
        var items = page.Document.QuerySelectorAll("main a[href*='/deliberations/']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!.Split('/')[^1])).Distinct().ToList();
        Assert.Equal([.. Enumerable.Range(1, 13).Select(n => "2013.02.04 - " + n)], items);
        Assert.All(page.Document.QuerySelectorAll("main a[href^='/']"), a => Assert.StartsWith(Avranches + "/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_item_of_the_minutes_is_a_decision_with_the_sittings_attendance_counted_by_hand()
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), Avranches + "/deliberations/" + Uri.EscapeDataString("2013.02.04 - 2"));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("DOTATION D'ÉQUIPEMENT DES TERRITOIRES RURAUX", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // 22 present and 6 proxies for 29 in office (tests/data/other-councils/expected/001_…json), on every item of the sitting.
        Assert.Contains("22 présents et 6 pouvoirs, soit 28 votants sur 29 membres en exercice", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Guénhaël HUET", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_official_of_another_council_is_found_there_and_not_at_the_root()
    {
        var list = await HtmlPage.GetAsync(site.CreateClient(), Avranches + "/elus?mandat=2008");
        var huet = list.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/elus/m-huet", StringComparison.Ordinal));
        Assert.StartsWith(Avranches + "/elus/", huet, StringComparison.Ordinal);

        var official = await site.CreateClient().GetAsync(new Uri(huet, UriKind.Relative));
        var atRoot = await site.CreateClient().GetAsync(new Uri(huet[Avranches.Length..], UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, official.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, atRoot.StatusCode);
    }

    [Fact]
    public async Task A_search_under_another_council_finds_its_decisions_alone()
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), Avranches + "/recherche?q=" + Uri.EscapeDataString("dotation territoires ruraux"));

        var hits = page.Document.QuerySelectorAll(".search-hit-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith(Avranches + "/deliberations/20", h, StringComparison.Ordinal));
        Assert.Contains(hits, h => h == Avranches + "/deliberations/" + Uri.EscapeDataString("2013.02.04 - 2"));
    }

    [Fact]
    public async Task The_home_page_lets_a_visitor_choose_another_council()
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), "/");

        Assert.Contains(
            "Ce site tient aussi les délibérations d’autres conseils : Commune d'Illats, Ville d'Avranches (tous les conseils, et un élu trouvé par son nom dans chacun).",
            page.MainText,
            StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Avranches);
        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/conseils#nom-elu");
    }

    [Fact]
    public async Task The_sites_own_pages_see_nothing_of_the_other_councils()
    {
        var sittings = await HtmlPage.GetAsync(site.CreateClient(), "/seances");
        var search = await HtmlPage.GetAsync(site.CreateClient(), "/recherche?q=Avranches");

        Assert.Contains("5 séances.", sittings.MainText, StringComparison.Ordinal);
        Assert.Empty(search.Document.QuerySelectorAll(".search-hit-title"));
    }

    [Fact]
    public async Task Another_councils_exports_are_files_of_its_own_that_name_it()
    {
        var client = site.CreateClient();
        var decisions = await CsvFile.GetAsync(client, Avranches + "/export/deliberations.csv");
        var attendance = await CsvFile.GetAsync(client, Avranches + "/export/presences.csv");
        var home = await CsvFile.GetAsync(client, "/export/deliberations.csv");

        Assert.Equal(HttpStatusCode.OK, decisions.Response.StatusCode);
        // Its 67 items (13 + 20 + 13 + 21 over four sittings), and the site's own five at the root.
        Assert.Equal(67, decisions.Rows.Count);
        Assert.All(decisions.Column("COLL_NOM"), v => Assert.Equal("Ville d'Avranches", v));
        Assert.All(decisions.Column("DELIB_URL"), v => Assert.StartsWith("http://localhost:5000" + Avranches + "/deliberations/", v, StringComparison.Ordinal));
        // In the order the minutes print them, as on the sitting's page.
        Assert.Equal([.. Enumerable.Range(1, 13).Select(n => "2013.02.04 - " + n)], decisions.Rows.Where(r => r["DELIB_DATE"] == "2013-02-04").Select(r => r["DELIB_ID"]));
        Assert.Equal(5, home.Rows.Count);
        Assert.All(home.Column("COLL_NOM"), v => Assert.Equal("Métropole de Lyon", v));

        // The first sitting's 13 items each list its 29 members (tests/data/other-councils/expected/001_…json): 22 present.
        var first = attendance.Rows.Where(r => r["decisionDate"] == "2013-02-04").ToList();
        Assert.Equal(13 * 22, first.Count(r => r["status"] == "present"));

        // Item by item as the minutes number them (9 before 10), each item's 29 lines together.
        var runs = first.Select(r => r["decisionNumber"]).Where((n, i) => i == 0 || n != first[i - 1]["decisionNumber"]);
        Assert.Equal([.. Enumerable.Range(1, 13).Select(n => "2013.02.04 - " + n)], runs);
        Assert.DoesNotContain(attendance.Column("decisionNumber"), n => home.Column("DELIB_ID").Contains(n));
        Assert.NotEqual(decisions.Response.Headers.ETag, home.Response.Headers.ETag);
    }

    [Fact]
    public async Task Another_councils_feeds_name_it_and_link_under_its_prefix()
    {
        var client = site.CreateClient();
        var latest = await ReadFeedAsync(client, Avranches + "/flux.atom");
        var search = await ReadFeedAsync(client, Avranches + "/recherche/flux.atom?q=" + Uri.EscapeDataString("dotation territoires ruraux"));
        var page = await HtmlPage.GetAsync(client, Avranches + "/seances");

        Assert.Equal("Délibérations : Ville d'Avranches", latest.Title.Text);
        Assert.Equal("Ville d'Avranches", Assert.Single(latest.Authors).Name);
        Assert.Contains(latest.Links, l => l.RelationshipType == "self" && l.Uri.AbsolutePath == Avranches + "/flux.atom");
        // The newest sitting's 21 items first, then the one before (67 items in all, the feed's 50).
        Assert.Equal(50, latest.Items.Count());
        Assert.All(latest.Items, e => Assert.StartsWith("http://localhost:5000" + Avranches + "/deliberations/", e.Id, StringComparison.Ordinal));
        Assert.All(latest.Items, e => Assert.StartsWith(
            "http://localhost:5000" + Avranches + "/api/deliberations/", Assert.Single(e.Links, l => l.MediaType == "application/json").Uri.AbsoluteUri, StringComparison.Ordinal));
        Assert.Contains(search.Items, e => e.Id.EndsWith("/deliberations/" + Uri.EscapeDataString("2013.02.04 - 2"), StringComparison.Ordinal));
        Assert.Equal(Avranches + "/flux.atom", page.Document.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Each_councils_list_of_decisions_counts_its_own()
    {
        var avranches = await HtmlPage.GetAsync(site.CreateClient(), Avranches + "/deliberations");
        var illats = await HtmlPage.GetAsync(site.CreateClient(), "/conseils/illats/deliberations?year=2018");
        var home = await HtmlPage.GetAsync(site.CreateClient(), "/deliberations");

        Assert.Contains("67 délibérations", avranches.MainText, StringComparison.Ordinal);
        Assert.Contains("3 délibérations", illats.MainText, StringComparison.Ordinal);
        Assert.Contains("5 délibérations", home.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_councils_latest_items_come_last_numbered_first()
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), Avranches + "/deliberations");

        var numbers = page.Document.QuerySelectorAll("main a[href*='/deliberations/']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!.Split('/')[^1])).Distinct().Take(21);

        // Its latest sitting, 2017-07-04: items 20 down to 2, then 1 BIS (printed with an en dash), taken after item 1.
        Assert.Equal([.. Enumerable.Range(2, 19).Reverse().Select(n => "2017.07.04 - " + n).Append("2017.07.04 – 1 BIS").Append("2017.07.04 - 1")], numbers);
    }

    [Fact]
    public async Task Another_councils_pages_link_to_its_own_open_data()
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), Avranches + "/deliberations");

        var links = page.Document.QuerySelectorAll(".data-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([Avranches + "/api/deliberations", Avranches + "/export/deliberations.csv", Avranches + "/flux.atom"], links);
    }

    [Theory]
    [InlineData("/budget")]
    [InlineData("/projets")]
    [InlineData("/api/budget")]
    [InlineData("/api/projets")]
    [InlineData("/api/conseils/elus?nom=delaunay")]
    [InlineData("/api")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/a-propos")]
    public async Task What_other_councils_do_not_have_is_not_found_under_their_prefix(string path)
    {
        var response = await site.CreateClient().GetAsync(new Uri(Avranches + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<SyndicationFeed> ReadFeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task An_unknown_council_is_not_found()
    {
        var response = await site.CreateClient().GetAsync(new Uri("/conseils/nulle-part/seances", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
