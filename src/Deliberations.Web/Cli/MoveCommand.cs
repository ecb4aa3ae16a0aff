using System.Globalization;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Cli;

/// <summary>
/// <c>move TARGET [--db SOURCE]</c>: every text a store keeps, imported into another store (from a
/// SQLite file to a PostgreSQL database, say). The store keeps each source, so its register can be
/// read again anywhere: the texts are written to a temporary folder in the order they were
/// imported, one folder per council, then imported into the target as any folder is (each council's
/// under its name), officials reconciled and figures counted by the target's own import. The source
/// is only read.
/// </summary>
public static class MoveCommand
{
    /// <summary>Any instant: the files' times only keep the order the texts were first imported in.</summary>
    private static readonly DateTime FirstWrite = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var folder = Directory.CreateTempSubdirectory("deliberations-move-");
        try
        {
            var councils = await WriteSourcesAsync(args, folder, stderr);
            if (councils is null)
            {
                return 1;
            }

            await stderr.WriteLineAsync($"{councils.Sum(c => c.Texts)} textes lus dans la base d'origine ; import dans {args.Paths[0]}.");
            var exit = 0;
            foreach (var council in councils)
            {
                exit = Math.Max(exit, await ImportCommand.RunAsync(args with { Verb = "import", Paths = [council.Folder], Db = args.Paths[0], Council = council.Name }, stdout, stderr));
            }

            return exit;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Writes each stored text as <c>{council}/NNNNNNN/its file name</c>, oldest first, so each
    /// council's texts are imported under it again, as <c>import --conseil</c> filed them (a text
    /// that names its council finds it by name anyway). Null when the source cannot be read.
    /// </summary>
    private static async Task<IReadOnlyList<CouncilSources>?> WriteSourcesAsync(CliArguments args, DirectoryInfo folder, TextWriter stderr)
    {
        using var host = CliConfiguration.StorageHost(args);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        db.Council = null;
        var texts = new Dictionary<int, int>();
        try
        {
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await stderr.WriteLineAsync("Déplacement impossible : la base d'origine est vide ou d'une version plus ancienne ; servez-la une fois (elle se met à jour) ou importez les textes directement.");
                return null;
            }

            var names = await db.Councils.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name);
            var documents = db.Documents.AsNoTracking()
                .OrderBy(d => d.Id)
                .Select(d => new
                {
                    d.Id,
                    d.FileName,
                    d.Text,
                    // A text no decision was read from (unidentified) goes back where a document's own name or the site puts it.
                    Council = db.Decisions.Where(x => x.Id == d.DecisionId || x.CurrentDocumentId == d.Id).Select(x => (int?)x.CouncilId).FirstOrDefault() ?? Council.HomeId,
                })
                .AsAsyncEnumerable();
            await foreach (var document in documents)
            {
                var file = Path.Combine(folder.FullName, Folder(document.Council), document.Id.ToString("D7", CultureInfo.InvariantCulture), SafeName(document.FileName));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllTextAsync(file, document.Text);
                File.SetLastWriteTimeUtc(file, FirstWrite.AddSeconds(document.Id));
                texts[document.Council] = texts.GetValueOrDefault(document.Council) + 1;
            }

            return [.. texts.Keys.Order().Select(id => new CouncilSources(
                Path.Combine(folder.FullName, Folder(id)), id == Council.HomeId ? null : names[id], texts[id]))];
        }
        catch (Exception ex) when (scope.ServiceProvider.GetRequiredService<IDatabaseEngine>().StorageFailure(ex) is { } message)
        {
            await stderr.WriteLineAsync($"Déplacement impossible : {message}");
            return null;
        }
    }

    private static string Folder(int council) => council.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>One council's texts, written into <paramref name="Folder"/>: <paramref name="Name"/> is what <c>--conseil</c> gets, null for the site's own.</summary>
    private sealed record CouncilSources(string Folder, string? Name, int Texts);

    private static string SafeName(string name) => Path.GetFileName(name) is { Length: > 0 } file ? file : "document.txt";
}
