namespace Deliberations.Web.Tests.Browser;

/// <summary>On paper, a page keeps its text and loses what only works on screen.</summary>
[Collection(BrowserCollection.Name)]
public class PrintTests(BrowserFixture browser)
{
    [ChromiumFact]
    public async Task Print_hides_navigation_forms_and_footer_and_shows_link_targets()
    {
        var page = await browser.NewPageAsync(1440);
        await page.GotoAsync("/accessibilite");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        foreach (var selector in new[] { ".site-nav", "body > footer", "header form", ".skip-link" })
        {
            Assert.Equal("none", await page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).display"));
        }

        Assert.Equal("block", await page.EvalOnSelectorAsync<string>("main", "e => getComputedStyle(e).display"));
        var after = await page.EvalOnSelectorAsync<string>("main a[href^='https://']", "e => getComputedStyle(e, '::after').content");
        Assert.Contains("https://", after, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
