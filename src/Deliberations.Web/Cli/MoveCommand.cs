using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Cli;

/// <summary>
/// <c>move TARGET [--db SOURCE]</c>: every text a store keeps, imported into another store (from a
/// SQLite file to a PostgreSQL database, say). The store keeps each source, so its register can be
/// read again anywhere: the texts are written to a temporary folder in the order they were
/// imported, then imported into the target as any folder is, officials reconciled and figures
/// counted by the target's own import. The source is only read.
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
            var written = await WriteSourcesAsync(args, folder, stderr);
            if (written is null)
            {
                return 1;
            }

            await stderr.WriteLineAsync($"{written} textes lus dans la base d'origine ; import dans {args.Paths[0]}.");
            return await ImportCommand.RunAsync(args with { Verb = "import", Paths = [folder.FullName], Db = args.Paths[0] }, stdout, stderr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Writes each stored text as <c>NNNNNNN/its file name</c>, oldest first; null when the source cannot be read.</summary>
    private static async Task<int?> WriteSourcesAsync(CliArguments args, DirectoryInfo folder, TextWriter stderr)
    {
        using var host = CliConfiguration.StorageHost(args);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        var written = 0;
        try
        {
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await stderr.WriteLineAsync("Déplacement impossible : la base d'origine est vide ou d'une version plus ancienne ; servez-la une fois (elle se met à jour) ou importez les textes directement.");
                return null;
            }

            await foreach (var document in db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.FileName, d.Text }).AsAsyncEnumerable())
            {
                var file = Path.Combine(folder.FullName, document.Id.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), SafeName(document.FileName));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllTextAsync(file, document.Text);
                File.SetLastWriteTimeUtc(file, FirstWrite.AddSeconds(document.Id));
                written++;
            }
        }
        catch (Exception ex) when (scope.ServiceProvider.GetRequiredService<IDatabaseEngine>().StorageFailure(ex) is { } message)
        {
            await stderr.WriteLineAsync($"Déplacement impossible : {message}");
            return null;
        }

        return written;
    }

    private static string SafeName(string name) => Path.GetFileName(name) is { Length: > 0 } file ? file : "document.txt";
}
