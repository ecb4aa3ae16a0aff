using Microsoft.Playwright;

namespace Deliberations.Web.Tests.Browser;

/// <summary>What a citizen does: types a name, opens the official's record, follows it to a decision.</summary>
[Collection(BrowserCollection.Name)]
public class JourneyTests(BrowserFixture browser)
{
    /// <summary>
    /// The journey reads each page's text once its document is parsed: waiting for every resource's
    /// load event as well timed out at 30 s twice in CI, with both Web suites and the browser on two cores.
    /// </summary>
    private static readonly PageWaitForURLOptions DocumentReady = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [ChromiumTheory]
    [InlineData(375)]
    [InlineData(1440)]
    public async Task From_a_misspelt_name_to_the_official_to_a_decision_they_reported(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/");

        await page.FillAsync("#recherche-principale", "Baum");
        await page.PressAsync("#recherche-principale", "Enter");
        await page.WaitForURLAsync("**/recherche?q=Baum", DocumentReady);

        await page.ClickAsync("a[href='/elus/mme-baume-2020']");
        await page.WaitForURLAsync("**/elus/mme-baume-2020", DocumentReady);
        Assert.Equal("Mme\u00A0Émeline\u00A0Baume", (await page.TextContentAsync("h1"))?.Trim());

        await page.ClickAsync("main a[href='/deliberations/2021-0801'] >> nth=0");
        await page.WaitForURLAsync("**/deliberations/2021-0801", DocumentReady);
        Assert.StartsWith("France Relance", (await page.TextContentAsync("h1"))?.Trim(), StringComparison.Ordinal);
        Assert.Contains("Mme\u00A0Émeline\u00A0Baume", await page.TextContentAsync("main"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
