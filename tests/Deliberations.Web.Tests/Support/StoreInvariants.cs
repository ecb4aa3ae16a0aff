using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Tests.Support;

/// <summary>Runs <c>tests/faults/invariants.sql</c>, the rules a store keeps whatever happened to an import, on a database file.</summary>
/// <remarks>
/// The rules are written in SQLite's SQL (the fault scripts run them with <c>sqlite3</c>): on
/// PostgreSQL the tests that call <see cref="AssertHeldAsync"/> check everything else they check.
/// </remarks>
public static class StoreInvariants
{
    /// <summary>Asserts that the store breaks no rule; on PostgreSQL, nothing (see the remarks).</summary>
    public static async Task AssertHeldAsync(string sqlitePath)
    {
        if (!TestEngine.IsPostgres)
        {
            Assert.Empty(await BrokenAsync(sqlitePath));
        }
    }

    /// <summary>Each broken rule with the number of rows that break it; empty when the store holds whole documents only.</summary>
    private static async Task<List<string>> BrokenAsync(string database)
    {
        var sql = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "tests", "faults", "invariants.sql"));
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
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
