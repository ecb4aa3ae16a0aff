using System.Text.Json;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Councils;

/// <summary>
/// Another council's JSON under its prefix (<c>/conseils/avranches/api/…</c>): the same resources as the
/// site's own council's, reading that council alone, every link kept under its prefix and answering;
/// the site's own council's API unchanged at the root.
/// </summary>
public sealed class OtherCouncilApiTests(OtherCouncilsSite site) : IClassFixture<OtherCouncilsSite>
{
    private const string Avranches = "/conseils/avranches";

    [Fact]
    public async Task Another_councils_decisions_are_its_own_with_links_under_its_prefix()
    {
        var client = site.CreateClient();

        var list = await client.GetJsonAsync(Avranches + "/api/deliberations?pageSize=100");

        // The 67 items of Avranches' four sittings (the same count as its list page).
        Assert.Equal(67, list.GetProperty("total").GetInt32());
        var items = list.GetProperty("items");
        Assert.All(items.Strings("url"), url => Assert.StartsWith(Avranches + "/api/deliberations/", url, StringComparison.Ordinal));
        Assert.All(items.Strings("htmlUrl"), url => Assert.StartsWith(Avranches + "/deliberations/", url, StringComparison.Ordinal));

        // Each link answers with the decision it names.
        var first = items[0];
        var detail = await client.GetJsonAsync(first.GetProperty("url").GetString()!);
        Assert.Equal(first.GetProperty("number").GetString(), detail.GetProperty("number").GetString());
        var page = await client.GetAsync(new Uri(first.GetProperty("htmlUrl").GetString()!, UriKind.Relative));
        Assert.True(page.IsSuccessStatusCode, first.GetProperty("htmlUrl").GetString());
    }

    [Fact]
    public async Task A_sitting_of_another_council_gives_its_attendance_counted_by_hand()
    {
        var sitting = await site.CreateClient().GetJsonAsync(Avranches + "/api/seances/2013-02-04-conseil-municipal");

        // tests/data/other-councils/expected/001_…json: 13 items, 29 members in office, 22 present.
        Assert.Equal(13, sitting.GetProperty("decisions").GetArrayLength());
        Assert.Equal(29, sitting.GetProperty("membersInOffice").GetInt32());
        var attendance = sitting.GetProperty("attendance").EnumerateArray().ToList();
        Assert.Equal(22, attendance.Count(a => a.GetProperty("present").GetInt32() > 0));
        Assert.All(attendance, a => Assert.StartsWith(Avranches + "/api/elus/", a.GetProperty("official").GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Equal(Avranches + "/seances/2013-02-04-conseil-municipal", sitting.GetProperty("htmlUrl").GetString());
    }

    [Fact]
    public async Task Officials_are_never_joined_across_councils()
    {
        var client = site.CreateClient();

        var avranches = await client.GetJsonAsync(Avranches + "/api/elus?pageSize=100");
        var home = await client.GetJsonAsync("/api/elus?pageSize=100");

        var ours = avranches.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(ours);
        Assert.Contains(ours, o => o.GetProperty("surname").GetString() == "DELAUNAY");
        Assert.DoesNotContain(ours, o => o.GetProperty("surname").GetString() == "Baume");
        Assert.All(ours, o =>
        {
            Assert.StartsWith(Avranches + "/api/elus/", o.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(Avranches + "/elus/", o.GetProperty("htmlUrl").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(Avranches + "/elus/", o.GetProperty("feedUrl").GetString(), StringComparison.Ordinal);
        });

        // The site's own council's answers are as they were: its own officials, links from the root.
        var lyon = home.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(lyon, o => o.GetProperty("surname").GetString() == "Baume");
        Assert.DoesNotContain(lyon, o => o.GetProperty("surname").GetString() == "DELAUNAY");
        Assert.All(lyon, o => Assert.StartsWith("/api/elus/", o.GetProperty("url").GetString(), StringComparison.Ordinal));

        var official = await client.GetJsonAsync(ours[0].GetProperty("url").GetString()!);
        Assert.Equal(ours[0].GetProperty("slug").GetString(), official.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Another_councils_search_finds_its_decisions_alone()
    {
        var client = site.CreateClient();

        var avranches = await client.GetJsonAsync(Avranches + "/api/recherche?q=" + Uri.EscapeDataString("dotation territoires ruraux"));
        var home = await client.GetJsonAsync("/api/recherche?q=" + Uri.EscapeDataString("dotation territoires ruraux"));

        var found = Decisions(avranches);
        Assert.NotEmpty(found);
        Assert.All(found, url => Assert.StartsWith(Avranches + "/api/deliberations/", url, StringComparison.Ordinal));
        Assert.Empty(Decisions(home));
    }

    private static List<string> Decisions(JsonElement search) =>
        [.. search.GetProperty("items").EnumerateArray().Select(hit => hit.GetProperty("decision").GetProperty("url").GetString()!)];
}
