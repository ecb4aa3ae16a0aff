using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Sittings;

/// <summary>
/// Sittings beyond the seeds: 130 of them to page, a sitting of 160 decisions, and decisions of one
/// sitting that print different lists, whose attendance is their union.
/// </summary>
[Collection(BusyTermCollection.Name)]
public class BusySittingTests(BusyTermFixture busy)
{
    private const string FirstSitting = "/seances/2022-01-03-commission-permanente";

    private CountingSiteFactory Site => busy.Site;

    [Fact]
    public async Task The_list_of_sittings_is_paged_and_counted_in_SQL()
    {
        var (page, commands) = await Site.GetCountedAsync("/seances");

        Assert.Contains("130 séances.", page.MainText, StringComparison.Ordinal);
        Assert.Equal(50, page.Document.QuerySelectorAll("table.sitting-list tbody tr").Length);
        Assert.Contains("Page 1 sur 3", page.Document.QuerySelector("nav.pager").Text(), StringComparison.Ordinal);
        Assert.Equal("/seances?page=2", page.Document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href"));
        Assert.InRange(commands, 1, 2);

        var (last, _) = await Site.GetCountedAsync("/seances?page=3");
        Assert.Equal(30, last.Document.QuerySelectorAll("table.sitting-list tbody tr").Length);
        Assert.Equal("/seances/2018-01-15-commission-permanente", last.Document.QuerySelectorAll("table.sitting-list tbody th a")[^1].GetAttribute("href"));
    }

    [Fact]
    public async Task A_sitting_of_160_decisions_pages_them_and_counts_its_attendance_as_a_union()
    {
        var (page, commands) = await Site.GetCountedAsync(FirstSitting);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("160", page.Document.QuerySelectorAll(".stats > div").First().QuerySelector("dd").Text());
        Assert.Equal(50, page.Document.QuerySelectorAll(".decision-list li").Length);
        Assert.Contains("Page 1 sur 4", page.Document.QuerySelector("nav.pager").Text(), StringComparison.Ordinal);

        // Kabalo: excused, then present, then excused again: present at the sitting, at one of his three decisions.
        var presents = Members(page, "presents");
        Assert.Equal(
            "M.\u00A0Kabalo présent à 1 sur 3 pouvoir à Mme\u00A0Collin (1\u00A0délibération), Mme\u00A0Prost (1\u00A0délibération)",
            presents.Single(li => li.QuerySelector("a[href='/elus/m-kabalo-2020']") is not null).Text());
        Assert.Contains(presents, li => li.Text().StartsWith("M.\u00A0Assidu présent à 144 sur 160", StringComparison.Ordinal));
        Assert.Equal(["Mme\u00A0Collin pouvoir à M.\u00A0Chihi"], Members(page, "excuses").Select(li => li.Text()));
        Assert.Equal(["Mme\u00A0Prost"], Members(page, "non-excuses").Select(li => li.Text()));
        Assert.Contains("4 élus listés : 2 présents, 1 absent excusé, 1 absent non excusé.", page.MainText, StringComparison.Ordinal);

        // A Commission permanente states no members in office, like the synthetic one: the same queries run.
        var (seed, seedCommands) = await Site.GetCountedAsync("/seances/2018-01-15-commission-permanente");
        Assert.Equal(HttpStatusCode.OK, seed.Response.StatusCode);
        Assert.Equal(seedCommands, commands);
    }

    private static List<AngleSharp.Dom.IElement> Members(HtmlPage page, string group) =>
        [.. page.Document.QuerySelectorAll($"ul[aria-labelledby='{group}'] > li")];
}
