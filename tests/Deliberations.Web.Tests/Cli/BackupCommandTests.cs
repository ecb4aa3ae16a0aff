using Deliberations.Web.Cli;
using Deliberations.Web.Tests.Support;
using Deliberations.Web.Tests.Support.Registers;
using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Tests.Cli;

/// <summary>The <c>backup</c> verb: a consistent copy made while an import writes, and one that can be served once restored.</summary>
public sealed class BackupCommandTests
{
    [Fact]
    public async Task A_backup_made_while_an_import_runs_is_whole_and_consistent()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var db = Path.Combine(dir.FullName, "base.db");
            Assert.Equal(0, await Run("import", Repo.SeedsDir, "--db", db));
            var register = Path.Combine(dir.FullName, "register");
            await new ForeignRegister(3).WriteAsync(register, 300);

            var import = Task.Run(() => Run("import", register, "--db", db));
            await Task.Delay(300);
            var backup = Path.Combine(dir.FullName, "sauvegarde.db");
            Assert.Equal(0, await Run("backup", backup, "--db", db));
            Assert.Equal(0, await import);

            await using var copy = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
            await copy.OpenAsync();
            Assert.Equal("ok", await Scalar<string>(copy, "PRAGMA integrity_check"));
            var decisions = await Scalar<long>(copy, "SELECT COUNT(*) FROM \"Decisions\"");
            Assert.InRange(decisions, 5, 305);
            Assert.Equal(0, await Scalar<long>(copy, "SELECT COUNT(*) FROM \"Decisions\" d WHERE NOT EXISTS (SELECT 1 FROM \"Documents\" x WHERE x.\"Id\" = d.\"CurrentDocumentId\")"));
            Assert.Equal(decisions, await Scalar<long>(copy, "SELECT COUNT(*) FROM decision_search"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var db = Path.Combine(dir.FullName, "base.db");
            Assert.Equal(0, await Run("import", Repo.Seed("000"), "--db", db));
            var existing = Path.Combine(dir.FullName, "existe.db");
            await File.WriteAllTextAsync(existing, "précieux");

            using var stderr = new StringWriter();
            var exit = await CommandLine.RunAsync(["backup", existing, "--db", db], TextWriter.Null, stderr);

            Assert.Equal(1, exit);
            Assert.StartsWith("Sauvegarde impossible :", stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal("précieux", await File.ReadAllTextAsync(existing));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(true);
        }
    }

    private static Task<int> Run(params string[] args) => CommandLine.RunAsync(args, TextWriter.Null, TextWriter.Null);

    private static async Task<T> Scalar<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
