using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Cli;

/// <summary><c>import PATH... [--db PATH] [--conseil NAME]</c>: progress on stderr, the summary on stdout; non-zero only when a file failed.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        using var host = CliConfiguration.StorageHost(args);
        await using var scope = host.Services.CreateAsyncScope();
        ImportSummary summary;
        try
        {
            await StoreUpgrade.RunAsync(scope.ServiceProvider.GetRequiredService<DeliberationsDb>(), scope.ServiceProvider.GetRequiredService<IDatabaseEngine>(), CancellationToken.None);
            summary = await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(args.Paths, args.Council, new ProgressBar(stderr), CancellationToken.None);
        }
        catch (ImportStoppedException stopped)
        {
            await stderr.WriteLineAsync($"Import arrêté : {stopped.Message}");
            await stdout.WriteLineAsync($"Enregistré avant l'arrêt : {stopped.Summary}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && args.Db is { } db)
        {
            // The store's folder could not be made (a file stands in its path, or no right to write there).
            await stderr.WriteLineAsync($"Import impossible : le dossier de la base {db} ne peut pas être créé ({ex.Message}).");
            return 1;
        }
        catch (Exception ex) when (scope.ServiceProvider.GetRequiredService<IDatabaseEngine>().StorageFailure(ex) is { } message)
        {
            await stderr.WriteLineAsync($"Import impossible : {message}");
            return 1;
        }

        foreach (var failure in summary.Results.Where(r => r.Outcome == ImportOutcome.Failed))
        {
            await stderr.WriteLineAsync($"{failure.File}: {failure.Message}");
        }

        foreach (var entry in summary.RosterUnmatched)
        {
            await stderr.WriteLineAsync($"{Roster.FileName}, ligne {entry.Line} : aucun élu « {entry.Civility} {entry.Surname} » au mandat {entry.TermYear}.");
        }

        if (summary.ExportWarning is { } warning)
        {
            await stderr.WriteLineAsync(warning);
        }

        foreach (var council in summary.Results.Where(r => r.Council is not null).GroupBy(r => r.Council))
        {
            await stdout.WriteLineAsync($"{council.Key} : {Plural.Count(council.Count(), "document enregistré", "documents enregistrés")}.");
        }

        await stdout.WriteLineAsync(summary.ToString());
        return summary.Failed > 0 ? 1 : 0;
    }
}
