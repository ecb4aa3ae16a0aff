using System.Net;
using AngleSharp.Dom;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Decisions;

/// <summary><c>/deliberations</c> on the five seeds: order, filters with their counts, and query strings nobody should send.</summary>
public class DecisionListPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private static readonly string[] AllNewestFirst = ["2021-0801", "2019-3853", "2019-3364", "2018-3067", "CP-2018-2133"];

    [Fact]
    public async Task Lists_every_decision_newest_sitting_first_and_says_how_many()
    {
        var page = await GetAsync("/deliberations");

        Assert.Equal(AllNewestFirst, Numbers(page));
        Assert.Equal("5 délibérations", page.Document.QuerySelector(".result-count")?.TextContent.Trim());
        Assert.Equal("Conseil du 13 décembre 2021", HtmlPage.Collapse(page.Document.QuerySelector(".decision-list li .muted")?.TextContent ?? ""));
        Assert.Null(page.Document.QuerySelector(".pager"));
    }

    [Fact]
    public async Task Filters_are_a_get_form_with_a_label_for_every_control_and_a_count_beside_every_choice()
    {
        var page = await GetAsync("/deliberations");

        var form = page.Document.QuerySelector("main form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/deliberations", form.GetAttribute("action"));
        var selects = form.QuerySelectorAll("select").ToList();
        Assert.Equal(["year", "body", "commission", "rapporteur"], selects.Select(s => s.GetAttribute("name")));
        Assert.All(selects, s => Assert.NotNull(form.QuerySelector($"label[for='{s.Id}']")));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));

        Assert.Equal(["Toutes les années", "2021 (1)", "2019 (2)", "2018 (2)"], Options(form, "year"));
        Assert.Equal(["Toutes les instances", "Commission permanente (1)", "Conseil (4)"], Options(form, "body"));
        Assert.Contains("Développement économique, numérique, insertion et emploi (4)", Options(form, "commission"));
        Assert.Contains("Mme\u00A0Dognin-Sauze (2)", Options(form, "rapporteur"));
    }

    [Fact]
    public async Task Year_2019_gives_its_two_decisions_and_the_other_counts_follow()
    {
        var page = await GetAsync("/deliberations?year=2019");

        Assert.Equal(["2019-3853", "2019-3364"], Numbers(page));
        Assert.Equal("2 délibérations", page.Document.QuerySelector(".result-count")?.TextContent.Trim());
        var form = page.Document.QuerySelector("main form.filters")!;
        Assert.Equal("2019", form.QuerySelector("select[name=year] option[selected]")?.GetAttribute("value"));
        Assert.Equal(["Toutes les instances", "Conseil (2)"], Options(form, "body"));

        // A filter's own counts ignore its own choice: the other years stay offered with what they would give.
        Assert.Contains("2021 (1)", Options(form, "year"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='/deliberations']"));
    }

    [Fact]
    public async Task Commission_permanente_gives_one_decision()
    {
        var page = await GetAsync("/deliberations?body=Commission+permanente");

        Assert.Equal(["CP-2018-2133"], Numbers(page));
        Assert.Equal("1 délibération", page.Document.QuerySelector(".result-count")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/deliberations?rapporteur=mme-dognin-sauze-2015", new[] { "2019-3364", "CP-2018-2133" })]
    [InlineData("/deliberations?commission=d%C3%A9veloppement+%C3%A9conomique%2C+num%C3%A9rique%2C+insertion+et+emploi", new[] { "2021-0801", "2019-3853", "2019-3364", "2018-3067" })]
    [InlineData("/deliberations?year=2018&body=Conseil", new[] { "2018-3067" })]
    public async Task Other_filters_narrow_the_list(string url, string[] expected)
    {
        var page = await GetAsync(url);

        Assert.Equal(expected, Numbers(page));
    }

    [Fact]
    public async Task A_known_year_with_nothing_in_it_gives_an_empty_result_and_still_shows_the_choice()
    {
        var page = await GetAsync("/deliberations?year=1990");

        Assert.Empty(Numbers(page));
        Assert.Contains("Aucune délibération ne correspond à ces critères.", page.MainText, StringComparison.Ordinal);
        Assert.Equal("1990 (0)", page.Document.QuerySelector("select[name=year] option[selected]")?.TextContent.Trim());
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "/deliberations?year=abc&page=-5",
        "/deliberations?page=0",
        "/deliberations?page=99999999999999999999",
        "/deliberations?page=7",
        "/deliberations?year=-2019",
        "/deliberations?year=99999",
        "/deliberations?year=" + Uri.EscapeDataString("<script>alert(1)</script>"),
        "/deliberations?body=" + Uri.EscapeDataString("<script>alert(1)</script>"),
        "/deliberations?commission=" + Uri.EscapeDataString("\"><img src=x onerror=alert(1)>"),
        "/deliberations?rapporteur=" + Uri.EscapeDataString("../../etc/passwd"),
        "/deliberations?body=" + new string('x', 5000),
        "/deliberations?commission=" + new string('é', 5000) + "&year=" + new string('9', 5000),
        "/deliberations?body=conseil",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Malformed_or_unknown_values_are_ignored_never_an_error(string url)
    {
        var page = await GetAsync(url);

        Assert.Equal(AllNewestFirst, Numbers(page));
        Assert.Empty(page.Document.QuerySelectorAll("main script, main img"));
        Assert.Empty(page.Document.QuerySelectorAll("main select option[selected]"));
    }

    [Fact]
    public async Task Links_to_the_same_list_as_json_csv_and_atom()
    {
        var page = await GetAsync("/deliberations");

        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/api/deliberations", links);
        Assert.Contains("/export/deliberations.csv", links);
        Assert.Contains("/flux.atom", links);
    }

    private async Task<HtmlPage> GetAsync(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page;
    }

    private static List<string> Numbers(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("main .decision-list .decision-number").Select(a => a.TextContent.Trim())];

    private static List<string> Options(IElement form, string name) =>
        [.. form.QuerySelectorAll($"select[name={name}] option").Select(o => o.TextContent.Trim())];
}
