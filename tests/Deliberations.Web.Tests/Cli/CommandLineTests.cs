using System.Diagnostics;
using System.Text.Json;
using Deliberations.Web.Cli;

namespace Deliberations.Web.Tests.Cli;

public class CommandLineTests
{
    [Theory]
    [InlineData("verbe inconnu : frobnicate", "frobnicate")]
    [InlineData("option inconnue : --nope", "parse", "--nope", "x.txt")]
    [InlineData("parse attend au moins un chemin (fichier ou dossier)", "parse")]
    [InlineData("--db attend une valeur", "import", "--db")]
    [InlineData("backup attend un fichier de destination, un seul", "backup")]
    [InlineData("argument inattendu : x.txt", "serve", "x.txt")]
    public async Task Bad_command_lines_say_why_in_french_print_usage_and_exit_2(string said, params string[] args)
    {
        var (exit, _, err) = await Run(args);
        Assert.Equal(2, exit);
        Assert.Equal(said, err.Split('\n')[0].TrimEnd());
        Assert.Contains("usage:", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "postgresql://deliberations:secret@localhost:5432", "adresse PostgreSQL illisible")]
    [InlineData("import", "postgres:///lyon", "adresse PostgreSQL illisible")]
    [InlineData("import", "Host=localhost;Database=lyon;Password=secret;Target Session Attributes=primary", "options de connexion PostgreSQL incompatibles")]
    [InlineData("serve", "postgresql://u:secret@localhost/lyon?Target%20Session%20Attributes=prefer-standby", "options de connexion PostgreSQL incompatibles")]
    [InlineData("serve", "mysql://u:secret@localhost/lyon", "ni le chemin")]
    [InlineData("serve", "sqlite://localhost/lyon", "ni le chemin")]
    public async Task A_database_address_that_is_neither_a_file_nor_postgres_is_refused_in_words(string verb, string db, string said)
    {
        var (exit, _, err) = await Run(verb == "import" ? [verb, "x.txt", "--db", db] : [verb, "--db", db]);

        Assert.Equal(2, exit);
        Assert.Contains(said, err, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", err, StringComparison.Ordinal);
        // Taken for a path, the address would have become a folder "postgresql:" (or the whole string as a file) here.
        Assert.False(File.Exists(db));
        Assert.False(Directory.Exists(db.Split('/')[0]));
    }

    /// <summary>Port 1 is never a database server's: the connection is refused at once.</summary>
    private const string Unanswered = "Host=127.0.0.1;Port=1;Database=lyon;Username=u;Password=secret";

    [Fact]
    public async Task An_import_into_a_database_server_that_does_not_answer_says_so_in_french()
    {
        var (exit, _, err) = await Run("import", Repo.SeedsDir, "--db", Unanswered);

        Assert.Equal(1, exit);
        Assert.StartsWith("Import impossible : Le serveur PostgreSQL de lyon@127.0.0.1 ne répond pas", err, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", err, StringComparison.Ordinal);
    }

    /// <summary>Run as the program itself: the site's static assets are only found beside its own entry point.</summary>
    [Fact]
    public async Task A_site_whose_database_server_does_not_answer_stops_with_one_french_line_and_exit_1()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "Deliberations.Web.dll");
        using var site = Process.Start(new ProcessStartInfo("dotnet", ["exec", program, "serve", "--db", Unanswered, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var err = site.StandardError.ReadToEndAsync();
        var output = site.StandardOutput.ReadToEndAsync();
        await site.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, site.ExitCode);
        Assert.Contains("Le site ne peut pas démarrer : Le serveur PostgreSQL de lyon@127.0.0.1 ne répond pas", await err, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", await err + await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_of_a_missing_file_exits_non_zero_with_one_line()
    {
        var (exit, output, err) = await Run("parse", "/nonexistent/extract.txt");
        Assert.NotEqual(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public async Task Parse_of_several_files_prints_json_lines_in_argument_order()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var a = Path.Combine(dir.FullName, "a.txt");
            var b = Path.Combine(dir.FullName, "b.txt");
            await File.WriteAllTextAsync(a, "Conseil du 18 mars 2019\n\nDélibération n° 2019-0001\n");
            await File.WriteAllBytesAsync(b, []);
            var (exit, output, _) = await Run("parse", a, b);
            Assert.Equal(0, exit);
            var lines = output.Trim().Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.Equal(a, JsonDocument.Parse(lines[0]).RootElement.GetProperty("file").GetString());
            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal(b, second.RootElement.GetProperty("file").GetString());
            Assert.Contains(second.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Import_ends_with_a_summary_and_fails_only_for_unreadable_files()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var db = Path.Combine(dir.FullName, "data", "cli.db");
            var (exit, output, _) = await Run("import", Repo.SeedsDir, "--db", db);
            Assert.Equal(0, exit);
            Assert.Contains("5 lus, 5 nouveaux", output, StringComparison.Ordinal);

            (exit, output, var err) = await Run("import", Repo.Seed("000"), Path.Combine(dir.FullName, "absent.txt"), "--db", db);
            Assert.Equal(1, exit);
            Assert.Contains("1 inchangés", output, StringComparison.Ordinal);
            Assert.Contains("absent.txt: fichier introuvable", err, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Import_into_a_store_whose_folder_cannot_be_made_says_so_in_one_line()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var blocker = Path.Combine(dir.FullName, "data");
            await File.WriteAllTextAsync(blocker, "un fichier, pas un dossier");

            var (exit, _, err) = await Run("import", Repo.SeedsDir, "--db", Path.Combine(blocker, "cli.db"));

            Assert.Equal(1, exit);
            Assert.StartsWith("Import impossible : le dossier de la base", err, StringComparison.Ordinal);
            Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Import_while_another_import_runs_says_so_and_exits_1()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var db = Path.Combine(dir.FullName, "cli.db");
            using var held = new FileStream(db + "-import.lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None);

            var (exit, output, err) = await Run("import", Repo.SeedsDir, "--db", db);

            Assert.Equal(1, exit);
            Assert.StartsWith("Import arrêté : Un autre import, ou l'écriture des exports CSV par le site, est en cours", err, StringComparison.Ordinal);
            Assert.Contains("0 lus", output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(true);
        }
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
