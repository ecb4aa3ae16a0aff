using Microsoft.Playwright;

namespace Deliberations.Web.Tests.Browser;

/// <summary>A decision on paper: its facts, lists and tables, without the toggles, and the source text only when opened.</summary>
[Collection(BrowserCollection.Name)]
public class DecisionPrintTests(BrowserFixture browser)
{
    [ChromiumFact]
    public async Task Decision_prints_without_toggles_and_with_the_source_only_when_opened()
    {
        var page = await browser.NewPageAsync(1440);
        await page.GotoAsync("/deliberations/2021-0801");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("none", await Display(page, "details.source-text"));
        Assert.Equal("none", await Display(page, "nav.toc"));
        Assert.Equal("none", await Display(page, "nav.breadcrumb"));
        Assert.Equal("none", await page.EvalOnSelectorAsync<string>("a[download]", "a => getComputedStyle(a.closest('.no-print')).display"));
        Assert.NotEqual("none", await Display(page, "table.budget-table"));
        Assert.NotEqual("none", await Display(page, "ul.name-list"));
        Assert.Equal("none", await page.EvalOnSelectorAsync<string>("ul.name-list a", "a => getComputedStyle(a, '::after').content"));

        await page.EvalOnSelectorAsync("details.source-text", "d => d.open = true");

        Assert.Equal("block", await Display(page, "details.source-text"));
        Assert.Equal("none", await Display(page, "details.source-text > summary"));
        Assert.True(await page.EvalOnSelectorAsync<bool>("#ligne-8", "l => l.getBoundingClientRect().height > 0"));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task A_line_a_diagnostic_points_to_opens_the_source_text()
    {
        var page = await browser.NewPageAsync(1440);
        await page.GotoAsync("/deliberations/2021-0801");

        await page.ClickAsync("details.reading-notes > summary");
        await page.ClickAsync("details.reading-notes a[href='#ligne-173']");

        Assert.True(await page.EvalOnSelectorAsync<bool>("details.source-text", "d => d.open"));
        await page.Context.CloseAsync();
    }

    private static Task<string> Display(IPage page, string selector) =>
        page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).display");
}
