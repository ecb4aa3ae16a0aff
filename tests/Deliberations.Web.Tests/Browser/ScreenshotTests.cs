using Deliberations.Web.Tests.Support;
using Microsoft.Playwright;

namespace Deliberations.Web.Tests.Browser;

/// <summary>
/// Each page at phone and desktop width: no horizontal scrolling, no console error (a CSP violation
/// shows up there), and a screenshot in docs/screenshots for reviewers to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScreenshotTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var name in SitePages.ByName.Keys)
        {
            cases.Add(name, 375);
            cases.Add(name, 1440);
        }

        return cases;
    }

    private const int MaxScreenshotHeight = 5000;

    [ChromiumTheory]
    [MemberData(nameof(Cases))]
    public async Task Page_fits_the_width_without_console_errors(string name, int width)
    {
        var url = SitePages.ByName[name];
        var page = await browser.NewPageAsync(width);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // The browser reports the 404 status of the not-found page itself; anything else is a fault.
            if (message.Type == "error" && !(url == SitePages.NotFoundUrl && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.Empty(errors);
        Assert.Equal(2, await page.EvaluateAsync<int>("document.styleSheets.length"));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a {width}px window");

        // The longest pages are kept by their top: the screenshots live in the repository.
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        Directory.CreateDirectory(Repo.ScreenshotsDir);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Repo.ScreenshotsDir, $"{name}-{width}.png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(height, MaxScreenshotHeight) },
        });
        await page.Context.CloseAsync();
    }
}
