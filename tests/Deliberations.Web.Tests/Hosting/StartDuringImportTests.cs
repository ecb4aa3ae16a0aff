using System.Net;
using Deliberations.Web.Cli;
using Deliberations.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Tests.Hosting;

/// <summary>The site starts and serves while an import holds the store: it used to wait on the import's write lock and fail after ~30 s.</summary>
public sealed class StartDuringImportTests
{
    [Fact]
    public async Task The_site_starts_and_serves_while_an_import_writes()
    {
        using var site = new SiteFactory();
        Assert.Equal(0, await CommandLine.RunAsync(["import", Repo.SeedsDir, "--db", site.DatabasePath], TextWriter.Null, TextWriter.Null));

        // What an import in another process holds: its lock file and SQLite's write lock.
        using var importLock = new FileStream(site.DatabasePath + "-import.lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        await using var writer = new SqliteConnection($"Data Source={site.DatabasePath};Pooling=False");
        await writer.OpenAsync();
        await using var transaction = await writer.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
        await using (var write = writer.CreateCommand())
        {
            write.CommandText = "UPDATE \"Decisions\" SET \"Title\" = \"Title\" WHERE \"Id\" = 1";
            await write.ExecuteNonQueryAsync();
        }

        var client = site.CreateClient();
        var page = await client.GetAsync(new Uri("/deliberations/2019-3853", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Réseau des territoires innovants", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await transaction.RollbackAsync();
    }
}
