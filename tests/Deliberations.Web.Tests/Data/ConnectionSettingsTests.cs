using Deliberations.Web.Data;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Data;

public class ConnectionSettingsTests
{
    [Fact]
    public async Task Every_connection_taken_from_the_pool_has_the_settings()
    {
        await using var store = await TestStore.CreateAsync();

        // Several contexts open at once take several connections; each is opened again from the pool afterwards.
        for (var round = 0; round < 3; round++)
        {
            var scopes = Enumerable.Range(0, 3).Select(_ => store.Scope()).ToList();
            foreach (var scope in scopes)
            {
                var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
                await db.Database.OpenConnectionAsync();
                Assert.Equal("wal", await Pragma(db, "journal_mode"));
                Assert.Equal("10000", await Pragma(db, "busy_timeout"));
                Assert.Equal("1", await Pragma(db, "foreign_keys"));
                Assert.Equal("268435456", await Pragma(db, "mmap_size"));
            }

            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    private static async Task<string> Pragma(DeliberationsDb db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
