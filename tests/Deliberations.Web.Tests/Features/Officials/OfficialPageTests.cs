using System.Net;
using AngleSharp.Dom;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Officials;

/// <summary><c>/elus/{slug}</c> on the seeds: attendance, proxies, roles, spellings and namesakes.</summary>
public class OfficialPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Rantonnet_shows_both_spellings_and_why_they_were_joined()
    {
        var page = await GetAsync("/elus/m-rantonnet-2015");

        Assert.Equal("M.\u00A0Rantonnet", page.Document.QuerySelector("h1").Text());
        var spellings = Rows(page, "#orthographes").ToDictionary(r => r.QuerySelector("th").Text(), r => r.QuerySelectorAll("td").Select(td => td.Text()).ToList());
        Assert.Equal(["Rantonnet", "Rantonnnet"], spellings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["2", "Variante de M.\u00A0Rantonnnet\u00A0: une lettre de différence, jamais cités dans le même extrait."], spellings["Rantonnet"]);
        Assert.Equal(["1", "Première mention."], spellings["Rantonnnet"]);
    }

    [Fact]
    public async Task Baume_2020_has_her_first_name_and_reported_2021_0801()
    {
        var page = await GetAsync("/elus/mme-baume-2020");

        Assert.Equal("Mme\u00A0Émeline\u00A0Baume", page.Document.QuerySelector("h1").Text());
        Assert.Equal("Mme\u00A0Émeline\u00A0Baume – Délibérations", page.Document.Title);
        Assert.Contains("Mandat 2020 – …", page.Document.QuerySelector(".page-intro").Text(), StringComparison.Ordinal);
        var reported = Section(page, "#rapports");
        Assert.Equal("Rapporteur (1\u00A0délibération)", reported.QuerySelector("h2").Text());
        Assert.NotNull(reported.QuerySelector("a[href='/deliberations/2021-0801']"));
        Assert.Equal("Aucune délibération présidée.", Section(page, "#presidences").QuerySelector("p").Text());
    }

    [Fact]
    public async Task Kabalo_2020_gave_his_proxy_to_Mrs_Prost_on_2021_0801()
    {
        var page = await GetAsync("/elus/m-kabalo-2020");

        Assert.Equal("1", Stat(page, "Pouvoirs donnés"));
        Assert.Equal("0 sur 1 délibération", Stat(page, "Présences"));
        Assert.Equal("1", Stat(page, "Absences excusées"));
        var given = page.Document.QuerySelector(".proxy-list")!;
        Assert.Equal("à Mme\u00A0Prost\u00A0: 1\u00A0délibération", given.QuerySelector("li").Text());
        Assert.NotNull(given.QuerySelector("a[href='/elus/mme-prost-2020']"));

        var row = page.Document.QuerySelector("#deliberations")!.Closest("section")!.QuerySelector("a[href='/deliberations/2021-0801']")!.Closest("tr")!;
        Assert.StartsWith("2021-0801 · Conseil du 13 décembre 2021 France Relance", row.QuerySelector("th").Text(), StringComparison.Ordinal);
        Assert.Equal("absent excusé, pouvoir à Mme\u00A0Prost", row.QuerySelector("td").Text());
        Assert.NotNull(row.QuerySelector("a[href='/elus/mme-prost-2020']"));
        Assert.NotNull(row.QuerySelector("a[href='/seances/2021-12-13-conseil']"));
    }

    [Fact]
    public async Task Kabalo_2020_names_the_decision_of_the_proxy_he_gave_and_who_carried_it()
    {
        var page = await GetAsync("/elus/m-kabalo-2020");

        var given = Section(page, "#pouvoirs-donnes");
        Assert.Equal("Pouvoirs donnés (1\u00A0délibération)", given.QuerySelector("h2").Text());
        var row = Assert.Single(Rows(page, "#pouvoirs-donnes"));
        Assert.StartsWith("2021-0801 · Conseil du 13 décembre 2021 France Relance", row.QuerySelector("th").Text(), StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector("th a[href='/deliberations/2021-0801']"));
        Assert.Equal("Mme\u00A0Prost", row.QuerySelector("td").Text());
        Assert.NotNull(row.QuerySelector("td a[href='/elus/mme-prost-2020']"));
        Assert.Null(page.Document.QuerySelector("#pouvoirs-recus"));
    }

    [Fact]
    public async Task Prost_2020_carried_Kabalos_vote_on_2021_0801_and_her_row_says_so()
    {
        var page = await GetAsync("/elus/mme-prost-2020");

        var row = Assert.Single(Rows(page, "#pouvoirs-recus"));
        Assert.NotNull(row.QuerySelector("th a[href='/deliberations/2021-0801']"));
        Assert.Equal("M.\u00A0Kabalo", row.QuerySelector("td").Text());
        Assert.NotNull(row.QuerySelector("td a[href='/elus/m-kabalo-2020']"));

        var line = page.Document.QuerySelector("#deliberations")!.Closest("section")!.QuerySelector("a[href='/deliberations/2021-0801']")!.Closest("tr")!.QuerySelector("td")!;
        Assert.Equal("présente, porte le pouvoir de M.\u00A0Kabalo", line.Text());
        Assert.NotNull(line.QuerySelector("a[href='/elus/m-kabalo-2020']"));
    }

    [Fact]
    public async Task Collin_2020_held_two_proxies_from_Chihi_and_Zdorovtsoff()
    {
        var page = await GetAsync("/elus/mme-collin-2020");

        Assert.Equal("2", Stat(page, "Pouvoirs reçus"));
        var held = page.Document.QuerySelectorAll(".proxy-list li").Select(li => li.Text()).ToList();
        Assert.Equal(["de M.\u00A0Chihi\u00A0: 1\u00A0délibération", "de Mme\u00A0Zdorovtsoff\u00A0: 1\u00A0délibération"], held);
        Assert.NotNull(page.Document.QuerySelector(".proxy-list a[href='/elus/m-chihi-2020']"));
        Assert.NotNull(page.Document.QuerySelector(".proxy-list a[href='/elus/mme-zdorovtsoff-2020']"));
        var line = Rows(page, "#deliberations").Single().QuerySelectorAll("td")[^1];
        Assert.Equal("présente, porte le pouvoir de M.\u00A0Chihi et de Mme\u00A0Zdorovtsoff", line.Text());
        Assert.NotNull(line.QuerySelector("a[href='/elus/m-chihi-2020']"));
        Assert.NotNull(line.QuerySelector("a[href='/elus/mme-zdorovtsoff-2020']"));
        Assert.Equal(["M.\u00A0Chihi", "Mme\u00A0Zdorovtsoff"], Rows(page, "#pouvoirs-recus").Select(r => r.QuerySelector("td").Text()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bernard_2015_gives_his_counts_and_every_sitting_with_its_status()
    {
        var page = await GetAsync("/elus/m-bernard-2015");

        Assert.Equal("4", Stat(page, "Délibérations où figure son nom"));
        Assert.Equal("3 sur 4 délibérations", Stat(page, "Présences"));
        Assert.Equal("0", Stat(page, "Absences non excusées"));
        Assert.Equal(
            ["Conseil du 4 novembre 2019 1 présent", "Conseil du 18 mars 2019 1 présent", "Conseil du 5 novembre 2018 1 présent", "Commission permanente du 15 janvier 2018 1 absent excusé"],
            Rows(page, "#seances").Select(r => r.Text()));
        Assert.NotNull(Section(page, "#seances").QuerySelector("a[href='/seances/2018-01-15-commission-permanente']"));
        Assert.Equal("absent excusé, pouvoir à M.\u00A0Le\u00A0Faou", Rows(page, "#deliberations").Last().QuerySelectorAll("td")[^1].Text());
    }

    [Fact]
    public async Task Attendance_over_time_is_a_chart_beside_its_table()
    {
        var page = await GetAsync("/elus/m-bernard-2015");

        var figure = page.Document.QuerySelector(".chart-figure")!;
        Assert.Equal("img", figure.QuerySelector("svg")?.GetAttribute("role"));
        Assert.Equal(4, figure.QuerySelectorAll("svg .chart-row").Length);
        Assert.Equal(
            ["janvier 2018 : 0 sur 1 0\u00A0%", "novembre 2018 : 1 sur 1 100\u00A0%", "mars 2019 : 1 sur 1 100\u00A0%", "novembre 2019 : 1 sur 1 100\u00A0%"],
            figure.QuerySelectorAll("tbody tr").Select(r => r.Text()));
    }

    [Fact]
    public async Task The_same_name_in_another_term_is_linked_without_claiming_the_same_person()
    {
        var earlier = await GetAsync("/elus/m-bernard-2015");
        var later = await GetAsync("/elus/m-bernard-2020");

        var link = earlier.Document.QuerySelector("#autres-mandats")!.Closest("section")!.QuerySelector("li")!;
        Assert.Equal("Même nom au mandat 2020-…\u00A0: M.\u00A0Bruno\u00A0Bernard (rien dans les registres n’indique s’il s’agit de la même personne).", link.Text());
        Assert.NotNull(link.QuerySelector("a[href='/elus/m-bernard-2020']"));
        Assert.Contains("Même nom au mandat 2015-2020 : M. Bernard (rien dans les registres n’indique s’il s’agit de la même personne)", later.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Même personne", earlier.MainText + later.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bernard_2020_presided_2021_0801()
    {
        var page = await GetAsync("/elus/m-bernard-2020");

        var presided = Section(page, "#presidences");
        Assert.Equal("Présidence (1\u00A0délibération)", presided.QuerySelector("h2").Text());
        Assert.NotNull(presided.QuerySelector("a[href='/deliberations/2021-0801']"));
    }

    [Fact]
    public async Task Mr_and_Mrs_David_are_two_pages_that_do_not_claim_each_other()
    {
        var mister = await GetAsync("/elus/m-david-2015");
        var madam = await GetAsync("/elus/mme-david-2015");

        Assert.Equal("M.\u00A0David", mister.Document.QuerySelector("h1").Text());
        Assert.Equal("Mme\u00A0David", madam.Document.QuerySelector("h1").Text());
        Assert.Null(mister.Document.QuerySelector("main a[href='/elus/mme-david-2015']"));
        Assert.Null(madam.Document.QuerySelector("main a[href='/elus/m-david-2015']"));

        // M. David of 2020 shares the civility and the surname: a namesake, not the same person.
        Assert.NotNull(mister.Document.QuerySelector("#autres-mandats + ul a[href='/elus/m-david-2020']"));
        Assert.Null(madam.Document.QuerySelector("#autres-mandats"));
    }

    [Theory]
    [InlineData("/elus/inconnu-2015")]
    [InlineData("/elus/m-bernard-2016")]
    [InlineData("/elus/%3Cscript%3E")]
    [InlineData("/elus/m-bernard-2015'%20OR%20'1'='1")]
    [InlineData("/elus/%22%3E%3Cimg%20src=x%3E")]
    public async Task Unknown_or_hostile_slugs_are_not_found(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("Page introuvable", page.Document.QuerySelector("h1").Text());
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", page.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_very_long_slug_is_not_found()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/elus/" + new string('a', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/elus/M-Bernard-2015")]
    [InlineData("/elus/m-bernard-2015?deliberations=999")]
    [InlineData("/elus/m-bernard-2015?deliberations=-1&seances=0")]
    [InlineData("/elus/m-bernard-2015?deliberations=abc&rapports=%22")]
    public async Task Odd_but_harmless_addresses_still_show_the_page(string url)
    {
        var page = await GetAsync(url);

        Assert.Equal("M.\u00A0Bernard", page.Document.QuerySelector("h1").Text());
        Assert.Equal(4, Rows(page, "#deliberations").Count);
        Assert.Null(page.Document.QuerySelector("nav.pager"));
    }

    private async Task<HtmlPage> GetAsync(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page;
    }

    private static IElement Section(HtmlPage page, string headingSelector) =>
        page.Document.QuerySelector(headingSelector)!.Closest("section")!;

    private static List<IElement> Rows(HtmlPage page, string headingSelector) =>
        [.. Section(page, headingSelector).QuerySelectorAll("tbody tr")];

    /// <summary>The figure of one card of the summary, by its label.</summary>
    private static string Stat(HtmlPage page, string label) =>
        page.Document.QuerySelectorAll(".stats > div").Single(d => d.QuerySelector("dt").Text() == label).QuerySelector("dd").Text();
}
