using Deliberations.Web.Tests.Features.Shared.Charts;
using Deliberations.Web.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Deliberations.Web.Tests.Browser;

/// <summary>
/// The chart partial inside the real layout and stylesheet: no page shows a chart yet, so it is
/// placed into the home page's main landmark, checked with axe and photographed.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ChartTests(BrowserFixture browser)
{
    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1440)]
    public async Task Chart_and_its_table_are_accessible_and_fit_the_width(int width)
    {
        var html = await PartialRenderer.RenderAsync(browser.Services, BarChartPartialTests.PartialPath, BarChartPartialTests.Sample);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/");
        await page.EvalOnSelectorAsync("main", "(main, html) => { main.innerHTML = '<h1>Graphique</h1>' + html; }", html);

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.Empty(blocking);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0);
        var fontSize = await page.EvalOnSelectorAsync<double>(".chart text", "t => t.getBoundingClientRect().height");
        Assert.True(fontSize >= 12, $"chart labels are {fontSize}px high at {width}px");

        Directory.CreateDirectory(Repo.ScreenshotsDir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.ScreenshotsDir, $"graphique-{width}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
