using System.Net;
using System.Text.Json;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Api;

/// <summary>/api/recherche: what the search page shows, as data, against facts counted by hand in the seeds.</summary>
public class SearchApiTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Decisions_come_latest_sitting_first_by_default_and_by_relevance_on_request()
    {
        var client = factory.CreateClient();
        var newest = await client.GetJsonAsync("/api/recherche?q=donnee");
        var relevant = await client.GetJsonAsync("/api/recherche?q=donnee&order=pertinence");

        Assert.Equal(["2021-0801", "2019-3364", "2018-3067", "CP-2018-2133"], Numbers(newest));
        Assert.Equal(Numbers(newest).Order(), Numbers(relevant).Order());
        Assert.NotEqual(Numbers(newest), Numbers(relevant));
    }

    [Theory]
    [InlineData("&year=2018", new[] { "2018-3067", "CP-2018-2133" })]
    [InlineData("&body=commission-permanente", new[] { "CP-2018-2133" })]
    [InlineData("&body=Conseil&year=2019", new[] { "2019-3364" })]
    [InlineData("&body=bureau", new string[0])]
    [InlineData("&limit=2", new[] { "2021-0801", "2019-3364" })]
    [InlineData("&limit=2&page=2", new[] { "2018-3067", "CP-2018-2133" })]
    public async Task Filters_and_pages_combine(string parameters, string[] expected)
    {
        var found = await factory.CreateClient().GetJsonAsync("/api/recherche?q=donnee" + parameters);

        Assert.Equal(expected, Numbers(found));
    }

    [Theory]
    [InlineData("M.%20Kabalo", new[] { "m-kabalo-2020", "m-kabalo-2015" })]
    [InlineData("Mme%20Baume", new[] { "mme-baume-2020", "mme-baume-2015" })]
    [InlineData("G%C3%A9rard%20Collomb", new[] { "m-collomb-2020", "m-collomb-2015" })]
    [InlineData("kabaloo", new[] { "m-kabalo-2020", "m-kabalo-2015" })]
    public async Task Officials_are_found_as_people_type_their_names(string query, string[] slugs)
    {
        var found = await factory.CreateClient().GetJsonAsync("/api/recherche?q=" + query);

        Assert.Equal(slugs, found.GetProperty("officials").EnumerateArray().Select(o => o.GetProperty("official").GetProperty("slug").GetString()));
        Assert.Equal(found.GetProperty("items").GetArrayLength() + slugs.Length, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_slip_in_a_name_says_what_was_searched_instead()
    {
        var found = await factory.CreateClient().GetJsonAsync("/api/recherche?q=Baumme");

        Assert.Equal(["2021-0801"], Numbers(found));
        Assert.Equal("baume", found.GetProperty("searchedInstead").GetString());
    }

    [Theory]
    [InlineData("/recherche?q=M.%20Kabalo")]
    [InlineData("/recherche?q=Mme%20Baume")]
    [InlineData("/recherche?q=Baumme")]
    [InlineData("/recherche?q=donnee&tri=pertinence")]
    [InlineData("/recherche?q=donnee&year=2018")]
    [InlineData("/recherche?q=donnee&body=commission-permanente")]
    [InlineData("/recherche?q=datagora")]
    [InlineData("/recherche?q=2019-3853")]
    public async Task The_JSON_link_of_a_search_page_gives_what_the_page_shows(string url)
    {
        var client = factory.CreateClient();
        var page = await HtmlPage.GetAsync(client, url);
        var json = page.Document.QuerySelector("main .data-links a[type='application/json']")?.GetAttribute("href");
        Assert.NotNull(json);

        var found = await client.GetJsonAsync(json);

        Assert.Equal(
            page.Document.QuerySelectorAll(".search-hits .search-hit-title a").Select(a => a.TextContent),
            Numbers(found));
        Assert.Equal(
            page.Document.QuerySelectorAll("#resultats-elus ~ ul a").Select(a => a.GetAttribute("href")),
            found.GetProperty("officials").EnumerateArray().Select(o => o.GetProperty("official").GetProperty("htmlUrl").GetString()));
        Assert.Equal(
            page.Document.QuerySelectorAll("#resultats-projets ~ ul a").Select(a => a.GetAttribute("href")),
            found.GetProperty("projects").EnumerateArray().Concat(found.GetProperty("organisations").EnumerateArray()).Select(o => o.GetProperty("htmlUrl").GetString()));
    }

    [Theory]
    [InlineData("/api/recherche?q=a&order=date", "order")]
    [InlineData("/api/recherche?q=a&year=0", "year")]
    [InlineData("/api/recherche?q=a&year=10000", "year")]
    [InlineData("/api/recherche?q=a&page=0", "page")]
    [InlineData("/api/recherche?q=a&page=51", "page")]
    public async Task Parameters_out_of_range_are_refused_by_name(string url, string parameter)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kabaloo%22%20OR%20NEAR(a", "&body=%27%3B%20DROP%20TABLE%20Decisions%3B%20--")]
    [InlineData("M.%20%22*%20Baumme%22", "&year=2021")]
    [InlineData("G%C3%A9rard%20Collomb%20title%3Ax", "&order=pertinence&body=%22)%20OR%20(1")]
    public async Task Hostile_input_on_the_name_and_filter_paths_stays_words(string query, string parameters)
    {
        var found = await factory.CreateClient().GetJsonAsync("/api/recherche?q=" + query + parameters);

        Assert.Equal(JsonValueKind.Array, found.GetProperty("items").ValueKind);
    }

    private static List<string> Numbers(JsonElement found) =>
        [.. found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("decision").GetProperty("number").GetString()!)];
}
