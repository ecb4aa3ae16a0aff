using Deliberations.Web.Tests.Support;
using Microsoft.Playwright;

namespace Deliberations.Web.Tests.Browser;

/// <summary>
/// One site on a real port and one browser, shared by all browser tests: starting Chromium is the slow part.
/// Each test opens its own context, so no cookie or viewport leaks from one test to the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private SiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running site's services, e.g. to render a partial view.</summary>
    public IServiceProvider Services => _site?.Services ?? throw new InvalidOperationException(Chromium.SkipReason ?? Chromium.MissingInCiMessage);

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return; // every test of the collection is skipped: start nothing
        }

        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException(Chromium.MissingInCiMessage);
        }

        _site = new SiteFactory();
        BaseAddress = _site.StartKestrel();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Args,
        });
    }

    /// <summary>A fresh page in a fresh context, <paramref name="width"/> CSS pixels wide, in French.</summary>
    public async Task<IPage> NewPageAsync(int width = 1440, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var browser = _browser ?? throw new InvalidOperationException(Chromium.SkipReason ?? Chromium.MissingInCiMessage);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            Locale = "fr-FR",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
