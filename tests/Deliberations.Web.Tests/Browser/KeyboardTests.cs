using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Tests.Browser;

/// <summary>What the accessibility statement promises about the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public class KeyboardTests(BrowserFixture browser)
{
    [ChromiumFact]
    public async Task First_tab_reaches_a_visible_skip_link_that_leads_to_the_content()
    {
        var page = await browser.NewPageAsync(375);
        await page.GotoAsync("/accessibilite");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        var top = await page.EvaluateAsync<double>("document.activeElement.getBoundingClientRect().top");
        Assert.InRange(top, 0, 200);

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("contenu", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"));
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Tab_reaches_every_navigation_link_and_the_search_field_with_a_visible_ring()
    {
        var page = await browser.NewPageAsync(1440);
        await page.GotoAsync("/accessibilite");

        var reached = new List<string>();
        var unringed = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                (() => {
                  const e = document.activeElement;
                  const s = getComputedStyle(e);
                  return [e.getAttribute('href') || e.id || e.tagName, s.outlineStyle, s.outlineWidth];
                })()
                """);
            if (focus[0] == "BODY")
            {
                break; // past the last focusable element
            }

            reached.Add(focus[0]);
            if (focus[1] != "solid" || double.Parse(focus[2].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) < 2)
            {
                unringed.Add($"{focus[0]}: outline {focus[1]} {focus[2]}");
            }
        }

        Assert.Empty(unringed);

        Assert.Contains("recherche-site", reached);
        Assert.All(SiteNavigation.Links, link => Assert.Contains(link.Href, reached));
        await page.Context.CloseAsync();
    }
}
