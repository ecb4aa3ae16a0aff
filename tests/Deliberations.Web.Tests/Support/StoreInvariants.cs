using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// Runs the rules a store keeps whatever happened to an import on a test's store:
/// <c>tests/faults/invariants.sql</c> on SQLite (the fault scripts run it with <c>sqlite3</c>),
/// <c>tests/faults/invariants.postgres.sql</c>, the same rules in PostgreSQL's SQL, on PostgreSQL.
/// </summary>
public static class StoreInvariants
{
    /// <summary>Asserts that the store breaks no rule.</summary>
    public static async Task AssertHeldAsync(TestStore store) => Assert.Empty(await BrokenAsync(store));

    /// <summary>Each broken rule with the number of rows that break it; empty when the store holds whole documents only.</summary>
    private static async Task<List<string>> BrokenAsync(TestStore store)
    {
        var (file, connection) = TestEngine.IsPostgres
            ? ("invariants.postgres.sql", (DbConnection)new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.Database) { Pooling = false }.ConnectionString))
            : ("invariants.sql", new SqliteConnection($"Data Source={store.Path};Mode=ReadOnly;Pooling=False"));
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "tests", "faults", file));
            await using var reader = await command.ExecuteReaderAsync();
            var broken = new List<string>();
            while (await reader.ReadAsync())
            {
                if (reader.GetInt64(1) is var count and > 0)
                {
                    broken.Add($"{reader.GetString(0)}: {count}");
                }
            }

            return broken;
        }
    }
}
