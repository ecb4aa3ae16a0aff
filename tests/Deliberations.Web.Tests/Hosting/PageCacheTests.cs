using Deliberations.Web.Hosting;
using Deliberations.Web.Tests.Features.Decisions;
using Deliberations.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Tests.Hosting;

/// <summary>
/// The page cache: a page is rendered once per state of the database, whoever changes it. A fresh
/// site per test, since each one writes to its database. The output cache marks what it serves
/// with an <c>Age</c> header, which tells a cached response from a rendered one.
/// </summary>
public class PageCacheTests
{
    [Fact]
    public async Task A_cached_page_is_rendered_again_after_an_import_in_the_same_process()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        var first = await HtmlPage.GetAsync(client, "/deliberations");
        var cached = await HtmlPage.GetAsync(client, "/deliberations");

        await ExtraDocuments.ImportAsync(site, ("2019-9100.txt", ExtraDocuments.SeedAs("2019-9100")));
        var after = await HtmlPage.GetAsync(client, "/deliberations");

        Assert.Null(first.Header("Age"));
        Assert.NotNull(cached.Header("Age"));
        Assert.Equal(first.Html, cached.Html);
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, cached.Header("Content-Security-Policy"));
        Assert.Equal("DENY", cached.Header("X-Frame-Options"));
        Assert.Null(after.Header("Age"));
        Assert.DoesNotContain("2019-9100", first.Html, StringComparison.Ordinal);
        Assert.Contains("2019-9100", after.Html, StringComparison.Ordinal);
    }

    [SqliteFact("writes through a second SQLite connection")]
    public async Task A_cached_page_is_rendered_again_after_a_write_through_another_connection()
    {
        // What the import verb run in another process looks like from the site: a commit on another connection to the file.
        using var site = new SiteFactory();
        var client = site.CreateClient();
        await HtmlPage.GetAsync(client, "/deliberations/2019-3364");
        var cached = await HtmlPage.GetAsync(client, "/deliberations/2019-3364");

        await using (var other = new SqliteConnection($"Data Source={site.DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var update = other.CreateCommand();
            update.CommandText = "UPDATE Decisions SET Title = 'Titre changé ailleurs' WHERE Number = '2019-3364'";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var after = await HtmlPage.GetAsync(client, "/deliberations/2019-3364");

        Assert.NotNull(cached.Header("Age"));
        Assert.Null(after.Header("Age"));
        Assert.Contains("Titre changé ailleurs", after.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_is_rendered_for_every_request()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        await HtmlPage.GetAsync(client, "/recherche?q=donnee");
        var again = await HtmlPage.GetAsync(client, "/recherche?q=donnee");

        Assert.Equal(System.Net.HttpStatusCode.OK, again.Response.StatusCode);
        Assert.Null(again.Header("Age"));
    }
}
