using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Deliberations.Web.Tests.Browser;

/// <summary>axe-core on every page, light and dark, phone and desktop: no serious or critical violation.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static TheoryData<string, string, int> Cases()
    {
        var cases = new TheoryData<string, string, int>();
        foreach (var url in SitePages.ByName.Values)
        {
            cases.Add(url, "light", 1440);
            cases.Add(url, "light", 375);
            cases.Add(url, "dark", 1440);
        }

        return cases;
    }

    [ChromiumTheory]
    [MemberData(nameof(Cases))]
    public async Task Page_has_no_serious_or_critical_axe_violation(string url, string scheme, int width)
    {
        var page = await browser.NewPageAsync(width, colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(url);

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe(blocking));
        await page.Context.CloseAsync();
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(
        Environment.NewLine,
        violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.HelpUrl})" + Environment.NewLine +
            string.Join(Environment.NewLine, v.Nodes.Select(n => "    " + n.Html))));
}
