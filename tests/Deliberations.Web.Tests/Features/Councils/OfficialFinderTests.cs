using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Councils;

/// <summary>
/// <c>/conseils?nom=</c>: an official found in every council by the name typed, slips forgiven, each
/// council's officials its own, every line linking to the official's page in that council. On both
/// engines (PostgreSQL narrows by trigrams first): the same answers.
/// </summary>
public sealed class OfficialFinderTests(OtherCouncilsSite site) : IClassFixture<OtherCouncilsSite>
{
    private static async Task<IReadOnlyList<(string Text, string? Href)>> FoundAsync(HttpClient client, string name)
    {
        var page = await HtmlPage.GetAsync(client, "/conseils?nom=" + Uri.EscapeDataString(name));
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return [.. page.Document.QuerySelectorAll(".found-officials li").Select(li => (HtmlPage.Collapse(li.TextContent), li.QuerySelector("a")?.GetAttribute("href")))];
    }

    [Fact]
    public async Task A_surname_finds_its_officials_in_every_council_each_with_its_council_and_page()
    {
        var found = await FoundAsync(site.CreateClient(), "Delaunay");

        // Mme Delaunay sits on the Métropole (2020 list of the seeds), M. DELAUNAY and M. DELAUNEY
        // (a letter apart: a slip forgiven) on Avranches' council in 2008 and 2014 (its minutes 001 – 004).
        Assert.Equal(
            [
                ("Mme Delaunay — Métropole de Lyon, mandat 2020-…", "/elus/mme-delaunay-2020"),
                ("M. DELAUNAY — Ville d'Avranches, mandat 2008-2014", "/conseils/avranches/elus/m-delaunay-2008"),
                ("M. DELAUNEY — Ville d'Avranches, mandat 2014-2020", "/conseils/avranches/elus/m-delauney-2014"),
            ],
            found);
    }

    [Fact]
    public async Task The_api_finds_the_same_officials_with_their_councils_links()
    {
        var client = site.CreateClient();

        var found = await client.GetJsonAsync("/api/conseils/elus?nom=Delaunay");

        Assert.Equal(3, found.GetProperty("total").GetInt32());
        var items = found.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            [
                ("mme-delaunay-2020", "Métropole de Lyon", "/", "2020-07-02", "/api/elus/mme-delaunay-2020", "/elus/mme-delaunay-2020"),
                ("m-delaunay-2008", "Ville d'Avranches", "/conseils/avranches", "2008-03-16", "/conseils/avranches/api/elus/m-delaunay-2008", "/conseils/avranches/elus/m-delaunay-2008"),
                ("m-delauney-2014", "Ville d'Avranches", "/conseils/avranches", "2014-03-28", "/conseils/avranches/api/elus/m-delauney-2014", "/conseils/avranches/elus/m-delauney-2014"),
            ],
            items.Select(i => (
                i.GetProperty("official").GetProperty("slug").GetString(),
                i.GetProperty("council").GetString(),
                i.GetProperty("councilUrl").GetString(),
                i.GetProperty("termStart").GetString(),
                i.GetProperty("official").GetProperty("url").GetString(),
                i.GetProperty("official").GetProperty("htmlUrl").GetString())));

        // Each link answers, in its council.
        foreach (var item in items)
        {
            var official = await client.GetJsonAsync(item.GetProperty("official").GetProperty("url").GetString()!);
            Assert.Equal(item.GetProperty("official").GetProperty("slug").GetString(), official.GetProperty("slug").GetString());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20")]
    public async Task The_api_asks_for_a_name(string typed)
    {
        var response = await site.CreateClient().GetAsync(new Uri("/api/conseils/elus?nom=" + typed, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("delaunai")]
    [InlineData("DÉLAUNAY")]
    [InlineData("Madame Delaunay")]
    public async Task Case_accents_civilities_and_a_slip_do_not_count(string typed)
    {
        var found = await FoundAsync(site.CreateClient(), typed);

        Assert.Equal(["/elus/mme-delaunay-2020", "/conseils/avranches/elus/m-delaunay-2008", "/conseils/avranches/elus/m-delauney-2014"], found.Select(f => f.Href));
    }

    [Fact]
    public async Task Two_letters_swapped_in_a_short_surname_still_find_it()
    {
        var found = await FoundAsync(site.CreateClient(), "Dipo");

        Assert.Equal([("M. Diop — Métropole de Lyon, mandat 2020-…", "/elus/m-diop-2020")], found);
    }

    [Fact]
    public async Task A_first_name_narrows_but_alone_finds_nobody()
    {
        var client = site.CreateClient();

        // Mme Baume of 2015 is printed without her first name: it may be hers.
        Assert.Equal(["/elus/mme-baume-2020", "/elus/mme-baume-2015"], (await FoundAsync(client, "Émeline Baume")).Select(f => f.Href));
        Assert.Equal(["/elus/mme-baume-2020", "/elus/mme-baume-2015"], (await FoundAsync(client, "Baume")).Select(f => f.Href));

        var page = await HtmlPage.GetAsync(client, "/conseils?nom=" + Uri.EscapeDataString("Émeline"));
        Assert.Empty(page.Document.QuerySelectorAll(".found-officials li"));
        Assert.Contains("Aucun élu trouvé pour « Émeline »", HtmlPage.Collapse(page.Document.QuerySelector(".found-officials h2")!.TextContent), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"); DROP TABLE \"Officials\"; --")]
    [InlineData("%_%")]
    [InlineData("' OR 1=1")]
    public async Task Query_syntax_is_only_ever_words(string typed)
    {
        var client = site.CreateClient();

        Assert.Empty(await FoundAsync(client, typed));
        Assert.Equal(3, (await FoundAsync(client, "Delaunay")).Count);
    }

    [Fact]
    public async Task The_page_found_is_the_officials_own()
    {
        var client = site.CreateClient();
        var href = (await FoundAsync(client, "Delaunay"))[1].Href!;

        var page = await HtmlPage.GetAsync(client, href);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("DELAUNAY", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
