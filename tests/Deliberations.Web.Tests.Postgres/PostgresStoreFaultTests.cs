using System.Diagnostics;
using Deliberations.Web.Data.Postgres;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Deliberations.Web.Tests;

/// <summary>
/// The faults of <c>Import/StoreFaultTests</c> that a database server has in its own way: a database
/// that only reads (a standby, or one set so) and a full disk under its tables. Each gives one plain
/// French message, keeps what was committed, and a re-run completes.
/// </summary>
public sealed class PostgresStoreFaultTests
{
    [Fact]
    public async Task A_read_only_database_is_said_so_and_keeps_what_it_holds()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(Repo.Seed("003"));
        var database = Name(store);
        await AdministerAsync(store, $"ALTER DATABASE \"{database}\" SET default_transaction_read_only = on");
        try
        {
            var stopped = await Assert.ThrowsAsync<ImportStoppedException>(() => store.ImportAsync(Repo.SeedsDir));

            Assert.Contains($"La base PostgreSQL {database}@", stopped.Message, StringComparison.Ordinal);
            Assert.Contains("n'accepte que la lecture", stopped.Message, StringComparison.Ordinal);
        }
        finally
        {
            await AdministerAsync(store, $"ALTER DATABASE \"{database}\" RESET default_transaction_read_only");
        }

        Assert.Equal(1, await store.QueryAsync(db => db.Decisions.CountAsync()));
        var rerun = await store.ImportAsync(Repo.SeedsDir);
        Assert.Equal((4, 0), (rerun.New, rerun.Failed));
    }

    /// <summary>The database's tables moved to a tablespace on a small disk of the server's machine (the test server is local).</summary>
    [MountingLinuxFact]
    public async Task A_full_disk_stops_the_import_with_a_plain_message_and_a_rerun_completes()
    {
        using var disk = ScratchDisk.Mount(64L << 20);
        using (var chown = Process.Start("chown", ["postgres", disk.Path]))
        {
            await chown.WaitForExitAsync();
            Assert.Equal(0, chown.ExitCode);
        }

        var tablespace = "ts_" + Guid.NewGuid().ToString("N");
        var store = await TestStore.CreateAsync();
        try
        {
            await AdministerAsync(store, $"CREATE TABLESPACE \"{tablespace}\" LOCATION '{disk.Path}'");
            await AdministerAsync(store, $"ALTER DATABASE \"{Name(store)}\" SET TABLESPACE \"{tablespace}\"");
            disk.Resize(disk.Used + (256 << 10));

            var stopped = await Assert.ThrowsAsync<ImportStoppedException>(() => store.ImportAsync(Repo.SeedsDir));

            Assert.StartsWith("Le disque du serveur PostgreSQL", stopped.Message, StringComparison.Ordinal);
            disk.Resize(64L << 20);
            var rerun = await store.ImportAsync(Repo.SeedsDir);
            Assert.Equal(0, rerun.Failed);
            Assert.Equal(5, await store.QueryAsync(db => db.Decisions.CountAsync()));
        }
        finally
        {
            await store.DisposeAsync();
            await AdministerAsync(store, $"DROP TABLESPACE IF EXISTS \"{tablespace}\"");
        }
    }

    private static string Name(TestStore store) => new NpgsqlConnectionStringBuilder(store.Database).Database!;

    /// <summary>
    /// Runs <paramref name="sql"/> on the server's <c>postgres</c> database, the store's own connections
    /// closed first: a database is moved only with nobody connected, and a setting of the database
    /// applies to connections opened after it.
    /// </summary>
    private static async Task AdministerAsync(TestStore store, string sql)
    {
        await using (var pooled = new NpgsqlConnection(PostgresEngine.WithSettings(store.Database)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.Database) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
