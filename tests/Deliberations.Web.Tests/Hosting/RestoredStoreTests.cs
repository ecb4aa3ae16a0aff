using System.Net;
using Deliberations.Web.Cli;
using Deliberations.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Tests.Hosting;

/// <summary>A store restored from a backup, or left in rollback mode by another tool, is served as it is.</summary>
public sealed class RestoredStoreTests
{
    [Theory]
    [InlineData("backup")]
    [InlineData("rollback journal")]
    public async Task The_site_serves_a_restored_store(string how)
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var original = Path.Combine(dir.FullName, "base.db");
            Assert.Equal(0, await CommandLine.RunAsync(["import", Repo.SeedsDir, "--db", original], TextWriter.Null, TextWriter.Null));
            using var site = new SiteFactory();
            if (how == "backup")
            {
                Assert.Equal(0, await CommandLine.RunAsync(["backup", site.DatabasePath, "--db", original], TextWriter.Null, TextWriter.Null));
            }
            else
            {
                SqliteConnection.ClearAllPools();
                File.Copy(original, site.DatabasePath);
                await using var connection = new SqliteConnection($"Data Source={site.DatabasePath};Pooling=False");
                await connection.OpenAsync();
                await using var rollback = connection.CreateCommand();
                rollback.CommandText = "PRAGMA journal_mode=DELETE";
                Assert.Equal("delete", await rollback.ExecuteScalarAsync());
            }

            var page = await site.CreateClient().GetAsync(new Uri("/deliberations/2019-3853", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(true);
        }
    }
}
