using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Officials;

/// <summary>
/// An official listed in 20,000 decisions: the page counts in SQL, pages every long list, and runs
/// the same number of SQL commands as for an official listed once.
/// </summary>
[Collection(BusyTermCollection.Name)]
public class BusyOfficialTests(BusyTermFixture busy)
{
    private CountingSiteFactory Site => busy.Site;

    [Fact]
    public async Task Counts_cover_all_20000_decisions_while_lists_show_one_page()
    {
        var (page, _) = await Site.GetCountedAsync("/elus/" + BusyTermFixture.Slug);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("20\u00A0000", Stat(page, "Délibérations où figure son nom"));
        Assert.Equal("18\u00A0000 sur 20\u00A0000 délibérations (90\u00A0%)", Stat(page, "Présences"));
        Assert.Equal("1\u00A0600", Stat(page, "Absences excusées"));
        Assert.Equal("400", Stat(page, "Absences non excusées"));
        Assert.Equal("à Mme\u00A0Prost\u00A0: 1\u00A0600\u00A0délibérations", page.Document.QuerySelector(".proxy-list li").Text());

        Assert.Equal(50, Rows(page, "deliberations").Count);
        Assert.Equal(50, Rows(page, "seances").Count);
        Assert.Equal(50, Rows(page, "rapports").Count);
        Assert.Equal("Rapporteur (200\u00A0délibérations)", page.Document.QuerySelector("#rapports").Text());
        Assert.Contains("Page 1 sur 400", Pager(page, "deliberations"), StringComparison.Ordinal);
        Assert.Contains("Page 1 sur 3", Pager(page, "seances"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_of_1600_proxies_given_is_listed_by_decision_a_page_at_a_time()
    {
        var (page, _) = await Site.GetCountedAsync("/elus/" + BusyTermFixture.Slug);

        Assert.Equal("Pouvoirs donnés (1\u00A0600\u00A0délibérations)", page.Document.QuerySelector("#pouvoirs-donnes").Text());
        var rows = Rows(page, "pouvoirs-donnes");
        Assert.Equal(50, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("td a[href='/elus/mme-prost-2020']")));
        Assert.Contains("Page 1 sur 32", Pager(page, "pouvoirs-donnes"), StringComparison.Ordinal);

        var next = page.Document.QuerySelector("#pouvoirs-donnes")!.Closest("section")!.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/elus/m-assidu-2020?pouvoirs-donnes=2#pouvoirs-donnes", next);
        var (second, _) = await Site.GetCountedAsync(next!);
        Assert.Contains("Page 2 sur 32", Pager(second, "pouvoirs-donnes"), StringComparison.Ordinal);
        Assert.Empty(Numbers(second, "pouvoirs-donnes").Intersect(Numbers(page, "pouvoirs-donnes")));
    }

    [Fact]
    public async Task Newest_decisions_come_first_and_pager_links_change_only_their_list()
    {
        var (page, _) = await Site.GetCountedAsync("/elus/" + BusyTermFixture.Slug);

        Assert.NotNull(Rows(page, "deliberations")[0].QuerySelector("a[href='/deliberations/CP-TEST-20000']"));
        var next = page.Document.QuerySelector("#deliberations")!.Closest("section")!.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/elus/m-assidu-2020?deliberations=2#deliberations", next);

        var (second, _) = await Site.GetCountedAsync(next!);
        Assert.Contains("Page 2 sur 400 (51 à 100 sur 20\u00A0000)", Pager(second, "deliberations"), StringComparison.Ordinal);
        Assert.NotNull(Rows(second, "deliberations")[0].QuerySelector("a[href='/deliberations/CP-TEST-19950']"));
        Assert.Contains("Page 1 sur 3", Pager(second, "seances"), StringComparison.Ordinal);

        var (oldest, _) = await Site.GetCountedAsync("/elus/m-assidu-2020?seances=3");
        Assert.Equal(
            "Commission permanente du 3 janvier 2022 160 présent à 144, absent excusé à 13, absent non excusé à 3 (sur 160)",
            Rows(oldest, "seances")[^1].Text());

        var (beyond, _) = await Site.GetCountedAsync("/elus/m-assidu-2020?deliberations=100000");
        Assert.Contains("Page 400 sur 400", Pager(beyond, "deliberations"), StringComparison.Ordinal);
        Assert.NotNull(Rows(beyond, "deliberations")[^1].QuerySelector("a[href='/deliberations/CP-TEST-00001']"));
    }

    [Fact]
    public async Task The_API_answer_pages_the_decisions_in_the_order_the_pages_show_them()
    {
        var client = Site.CreateClient();
        var firstApi = await client.GetJsonAsync("/api/elus/" + BusyTermFixture.Slug);
        var lastApi = await client.GetJsonAsync("/api/elus/" + BusyTermFixture.Slug + "?page=400");
        var (first, _) = await Site.GetCountedAsync("/elus/" + BusyTermFixture.Slug);
        var (last, _) = await Site.GetCountedAsync("/elus/" + BusyTermFixture.Slug + "?deliberations=400");

        Assert.Equal(Numbers(first), ApiNumbers(firstApi));
        Assert.Equal(Numbers(last), ApiNumbers(lastApi));
        Assert.Equal(50, firstApi.GetProperty("reports").GetArrayLength());
        Assert.Equal(200, firstApi.GetProperty("reportCount").GetInt32());
        Assert.Equal(1600, firstApi.GetProperty("attendance").GetProperty("proxiesGiven").GetInt32());
        Assert.Equal(400, lastApi.GetProperty("page").GetInt32());
        Assert.Empty(lastApi.GetProperty("reports").EnumerateArray());
    }

    private static List<string> ApiNumbers(System.Text.Json.JsonElement official) =>
        [.. official.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("decision").GetProperty("number").GetString()!)];

    [Fact]
    public async Task Past_two_years_of_months_the_chart_counts_by_year()
    {
        var (page, _) = await Site.GetCountedAsync("/elus/" + BusyTermFixture.Slug);

        var rows = page.Document.QuerySelectorAll(".chart-figure tbody tr").Select(r => r.QuerySelector("th").Text()).ToList();
        Assert.Equal(["2022", "2023", "2024"], rows.Select(r => r[..4]));
        Assert.Equal("Année (présent à … sur …)", page.Document.QuerySelector(".chart-figure thead th").Text());
    }

    [Fact]
    public async Task The_page_runs_as_many_SQL_commands_for_20000_decisions_as_for_one()
    {
        var (_, one) = await Site.GetCountedAsync("/elus/mme-baume-2020");
        var (_, many) = await Site.GetCountedAsync("/elus/" + BusyTermFixture.Slug);
        var (_, president) = await Site.GetCountedAsync("/elus/m-bernard-2020");

        Assert.Equal(one, many);
        Assert.Equal(one, president);

        // About twenty small queries, each keyed on the official: the snapshot, the facts, then per list its
        // sittings' counts, the decisions of the sittings the page spans and the page's lines.
        Assert.InRange(one, 1, 24);
    }

    [Fact]
    public async Task The_president_of_20001_decisions_gets_them_paged()
    {
        var (page, _) = await Site.GetCountedAsync("/elus/m-bernard-2020");

        Assert.Equal("Présidence (20\u00A0001\u00A0délibérations)", page.Document.QuerySelector("#presidences").Text());
        Assert.Equal(50, Rows(page, "presidences").Count);
        Assert.Contains("Page 1 sur 401", Pager(page, "presidences"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_of_officials_counts_in_one_pass_whatever_the_volume()
    {
        var (page, commands) = await Site.GetCountedAsync("/elus?mandat=2020");

        var row = page.Document.QuerySelector("a[href='/elus/m-assidu-2020']")!.Closest("tr")!;
        Assert.Equal(["20\u00A0000", "90\u00A0%", "1\u00A0600"], row.QuerySelectorAll("td").Select(td => td.Text()));
        Assert.Contains("151 élus", page.MainText, StringComparison.Ordinal);
        Assert.InRange(commands, 1, 3);
    }

    private static List<AngleSharp.Dom.IElement> Rows(HtmlPage page, string section) =>
        [.. page.Document.QuerySelector("#" + section)!.Closest("section")!.QuerySelectorAll("tbody tr, .decision-list li")];

    private static List<string> Numbers(HtmlPage page, string section = "deliberations") =>
        [.. Rows(page, section).Select(r => r.QuerySelector("a")!.Text())];

    private static string Pager(HtmlPage page, string section) =>
        page.Document.QuerySelector("#" + section)!.Closest("section")!.QuerySelector("nav.pager").Text();

    private static string Stat(HtmlPage page, string label) =>
        page.Document.QuerySelectorAll(".stats > div").Single(d => d.QuerySelector("dt").Text() == label).QuerySelector("dd").Text();
}
