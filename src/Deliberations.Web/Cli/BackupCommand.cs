using Deliberations.Web.Data;

namespace Deliberations.Web.Cli;

/// <summary><c>backup FILE [--db PATH]</c>: a consistent copy of the store, made while the site serves and imports run (docs/reliability.md).</summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var destination = Path.GetFullPath(args.Paths[0]);
        if (File.Exists(destination) || Directory.Exists(destination))
        {
            await stderr.WriteLineAsync($"Sauvegarde impossible : {destination} existe déjà ; choisissez un nouveau nom (une sauvegarde n'écrase rien).");
            return 1;
        }

        if (!Directory.Exists(Path.GetDirectoryName(destination)))
        {
            await stderr.WriteLineAsync($"Sauvegarde impossible : le dossier {Path.GetDirectoryName(destination)} n'existe pas.");
            return 1;
        }

        using var host = CliConfiguration.StorageHost(args);
        var engine = host.Services.GetRequiredService<IDatabaseEngine>();
        try
        {
            await engine.BackupAsync(destination, CancellationToken.None);
        }
        catch (FileNotFoundException missing)
        {
            await stderr.WriteLineAsync($"Sauvegarde impossible : la base {missing.FileName} n'existe pas.");
            return 1;
        }
        catch (NotSupportedException unsupported)
        {
            await stderr.WriteLineAsync($"Sauvegarde impossible : {unsupported.Message}");
            return 1;
        }
        catch (Exception ex) when (engine.StorageFailure(ex) is { } message)
        {
            await stderr.WriteLineAsync($"Sauvegarde impossible : {message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Sauvegarde impossible : {destination} ne peut pas être écrit ({ex.Message}).");
            return 1;
        }

        await stdout.WriteLineAsync($"Sauvegarde écrite : {destination} ({new FileInfo(destination).Length / 1024} Ko). Pour la restaurer, voir docs/reliability.md.");
        return 0;
    }
}
