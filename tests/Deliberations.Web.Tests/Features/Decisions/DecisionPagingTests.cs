using System.Globalization;
using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Decisions;

/// <summary>The seeds plus 26 copies of 2019-3364 under other numbers: 31 decisions, two pages of 25.</summary>
public sealed class ManyDecisionsSite : SiteFactory, IAsyncLifetime
{
    public const int Copies = 26;

    public async Task InitializeAsync() =>
        await ExtraDocuments.ImportAsync(this, [.. Enumerable.Range(1, Copies).Select(i =>
        {
            var number = "2019-" + (5000 + i).ToString(CultureInfo.InvariantCulture);
            return (number + ".txt", ExtraDocuments.SeedAs(number));
        })]);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class DecisionPagingTests(ManyDecisionsSite site) : IClassFixture<ManyDecisionsSite>
{
    [Fact]
    public async Task First_page_holds_25_decisions_and_links_to_the_next_with_rel()
    {
        var page = await GetAsync("/deliberations");

        Assert.Equal(25, page.Document.QuerySelectorAll(".decision-list li").Length);
        Assert.Equal("31 délibérations : 1 à 25, page 1 sur 2.", Collapse(page.Document.QuerySelector(".result-count")!.TextContent));
        var pager = page.Document.QuerySelector("nav.pager")!;
        Assert.Equal("/deliberations?page=2", pager.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Null(pager.QuerySelector("a[rel=prev]"));
        Assert.Equal("page", pager.QuerySelector("a[href='/deliberations']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Second_page_holds_the_rest_and_links_back_with_rel()
    {
        var page = await GetAsync("/deliberations?page=2");

        var rows = page.Document.QuerySelectorAll(".decision-list li");
        Assert.Equal(6, rows.Length);
        Assert.Equal("CP-2018-2133", rows[^1].QuerySelector(".decision-number")!.TextContent.Trim());
        Assert.Equal("/deliberations", page.Document.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(page.Document.QuerySelector("nav.pager a[rel=next]"));
    }

    [Theory]
    [InlineData("/deliberations?page=3", 2)]
    [InlineData("/deliberations?page=1000000", 2)]
    [InlineData("/deliberations?page=-5", 1)]
    [InlineData("/deliberations?page=abc", 1)]
    public async Task A_page_out_of_range_shows_the_nearest_page(string url, int expected)
    {
        var page = await GetAsync(url);

        Assert.Contains($"page {expected} sur 2", page.Document.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_links_keep_the_filters()
    {
        var page = await GetAsync("/deliberations?year=2019&body=Conseil");

        Assert.Equal("28 délibérations : 1 à 25, page 1 sur 2.", Collapse(page.Document.QuerySelector(".result-count")!.TextContent));
        Assert.Equal("/deliberations?year=2019&body=Conseil&page=2", page.Document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href"));
    }

    private async Task<HtmlPage> GetAsync(string url)
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
