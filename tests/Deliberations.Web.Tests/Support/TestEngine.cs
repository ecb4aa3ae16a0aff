using System.Reflection;
using Deliberations.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// The engine the tests run on. The same tests compile twice: into <c>Deliberations.Web.Tests</c>
/// (SQLite files) and <c>Deliberations.Web.Tests.Postgres</c> (a database per store on the server
/// named by <c>DELIBERATIONS_TEST_POSTGRES</c>, a Npgsql connection string; <c>.ci/postgres</c>
/// starts a throwaway one). The project says which through its <c>TestEngine</c> assembly metadata.
/// </summary>
public static class TestEngine
{
    public const string ServerVariable = "DELIBERATIONS_TEST_POSTGRES";

    private static readonly Lock TemplateLock = new();
    private static string? _template;

    public static readonly bool IsPostgres = typeof(TestEngine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Any(a => a is { Key: "TestEngine", Value: "postgres" });

    /// <summary>What to give <c>--db</c> for a new, empty store: <paramref name="sqlitePath"/>, or a new database on the test server.</summary>
    public static string NewStore(string sqlitePath)
    {
        if (!IsPostgres)
        {
            return sqlitePath;
        }

        var database = "t_" + Guid.NewGuid().ToString("N");
        lock (TemplateLock)
        {
            _template ??= MigratedTemplate();
            Run($"CREATE DATABASE \"{database}\" TEMPLATE \"{_template}\"");
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;
    }

    private static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ServerVariable} is not set: these tests need a PostgreSQL server (.ci/postgres starts one and prints its connection string).");

    /// <summary>
    /// A database with the migrations applied, copied for each store: migrating each new database took
    /// a second or more, and the tests make hundreds. Dropped when the test run ends.
    /// </summary>
    private static string MigratedTemplate()
    {
        var template = "template_" + Guid.NewGuid().ToString("N");
        Run($"CREATE DATABASE \"{template}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = template }.ConnectionString;
        using (var db = new PostgresEngine(connectionString).CreateContext())
        {
            db.Database.Migrate();
        }

        // A template cannot be copied while anyone is connected to it. Only its own pool is cleared:
        // clearing them all closed connections other tests' sites were about to use.
        using (var connection = new NpgsqlConnection(PostgresEngine.WithSettings(connectionString)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");
        return template;
    }

    private static void Run(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Drops a store made by <see cref="NewStore"/> on the server (a SQLite file goes with its folder).</summary>
    public static async Task DropAsync(string store)
    {
        if (!IsPostgres)
        {
            return;
        }

        var database = new NpgsqlConnectionStringBuilder(store).Database!;
        await using (var connection = new NpgsqlConnection(store))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await Task.Run(() => Run($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"));
    }
}

/// <summary>A fact about what only a SQLite file has (its path, its pragmas, a disk that fills): skipped on PostgreSQL with the reason.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string why) => Skip = TestEngine.IsPostgres ? "SQLite only: " + why : null;
}

/// <summary>The theory form of <see cref="SqliteFactAttribute"/>.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute(string why) => Skip = TestEngine.IsPostgres ? "SQLite only: " + why : null;
}
