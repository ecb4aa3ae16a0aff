using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Deliberations.Web.Tests.Browser;

/// <summary>What a citizen does: types a name, opens the official's record, follows it to a decision.</summary>
[Collection(BrowserCollection.Name)]
public class JourneyTests(BrowserFixture browser)
{
    /// <summary>
    /// The journey waits for each page by its address, as Playwright's assertions poll for it, and reads
    /// the text it checks through locators, which wait for their element. Waiting for a page's load
    /// event timed out at 30 s twice in CI, and waiting for its document to be parsed once more (the
    /// browser's log said the page had loaded): with both Web suites and the browser on two cores, the
    /// browser's lifecycle events are what a test must not depend on.
    /// </summary>
    private static Task ArrivedAtAsync(IPage page, string path) => Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));

    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1440)]
    public async Task From_a_misspelt_name_to_the_official_to_a_decision_they_reported(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/");

        await page.FillAsync("#recherche-principale", "Baum");
        await page.PressAsync("#recherche-principale", "Enter");
        await ArrivedAtAsync(page, "/recherche?q=Baum");

        await page.ClickAsync("a[href='/elus/mme-baume-2020']");
        await ArrivedAtAsync(page, "/elus/mme-baume-2020");
        Assert.Equal("Mme\u00A0Émeline\u00A0Baume", (await page.TextContentAsync("h1"))?.Trim());

        await page.ClickAsync("main a[href='/deliberations/2021-0801'] >> nth=0");
        await ArrivedAtAsync(page, "/deliberations/2021-0801");
        Assert.StartsWith("France Relance", (await page.TextContentAsync("h1"))?.Trim(), StringComparison.Ordinal);
        Assert.Contains("Mme\u00A0Émeline\u00A0Baume", await page.TextContentAsync("main"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
