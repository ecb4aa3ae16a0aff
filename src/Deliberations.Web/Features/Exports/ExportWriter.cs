using System.Data.Common;
using Deliberations.Web.Data;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// Writes the exports of the store's current state into the <see cref="ExportFolder"/>, each
/// council's once per state of that council (<see cref="CouncilExports"/>), from one read snapshot:
/// the files and their stamp tell of one state whatever an import commits meanwhile. One writer at a
/// time: the import lock across processes (an import writes them at its end while it still holds
/// it), a gate within this one. A folder that cannot be written
/// (read-only, disk full) never stops an import or the site: a warning, and downloads are streamed
/// from the store as they were before the files (<see cref="Failure"/>).
/// </summary>
public sealed class ExportWriter(ExportFolder folder, ExportSettings settings, IServiceScopeFactory scopes, IDatabaseEngine engine, TimeProvider clock, ILogger<ExportWriter> logger)
{
    /// <summary>A folder that failed is tried again after this long, not on every download: a full disk would have the register read again for each one.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    /// <summary>Never disposed: it lives as long as the process, and a writing under way at shutdown still releases it.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>One reference, so a download reads the message and its time as one.</summary>
    private volatile Failed? _failed;

    /// <summary>Why the files could not be written, in French; null while they could.</summary>
    public string? Failure => _failed?.Message;

    /// <summary>
    /// For an import, which holds the import lock: writes the files of the state it leaves unless they
    /// are there already. Returns the warning when the folder cannot be written, null otherwise.
    /// </summary>
    public async Task<string?> WriteAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
            await using var snapshot = await engine.BeginSnapshotAsync(db, cancellationToken);
            foreach (var council in await CouncilExports.AllAsync(db, folder, settings, cancellationToken))
            {
                var stamp = await council.StampAsync(db, cancellationToken);
                if (!council.Folder.Holds(stamp))
                {
                    var started = clock.GetTimestamp();
                    foreach (var export in CsvExports.All)
                    {
                        await council.Folder.WriteAsync(export, stamp, output => export.WriteAsync(output, db, council.Settings, cancellationToken), cancellationToken);
                    }

                    council.Folder.DeleteAllBut(stamp, clock.GetUtcNow());
                    logger.LogInformation("Exports CSV de {Council} écrits dans {Folder} en {Seconds:F1} s (état {Stamp}).", council.Settings.Collectivity.Name, council.Folder.Path, clock.GetElapsedTime(started).TotalSeconds, stamp);
                }
            }

            _failed = null;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbException)
        {
            var message = $"Les exports CSV n'ont pas pu être écrits dans {folder.Path} ({ex.Message}). "
                + "Rien n'est perdu : le site les lit dans la base à chaque téléchargement, comme avant, "
                + "et les écrira de nouveau quand le dossier sera accessible en écriture et aura de la place.";
            _failed = new Failed(message, clock.GetTimestamp());
            logger.LogWarning("{Failure}", message);
            return message;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// For the site, which finds the files missing or older than the store: writes them unless an
    /// import is under way (it writes them at its end, and anything written now would be outdated at
    /// its next commit) or the folder failed a moment ago.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (_failed is { } failed && clock.GetElapsedTime(failed.At) < RetryDelay)
        {
            return;
        }

        // Asked before taking the lock, which an import would otherwise find taken while nothing is written.
        if (await HoldsCurrentStateAsync(cancellationToken))
        {
            return;
        }

        using var importLock = engine.TryLockForImport();
        if (importLock is not null)
        {
            await WriteAsync(cancellationToken);
        }
    }

    private async Task<bool> HoldsCurrentStateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        foreach (var council in await CouncilExports.AllAsync(db, folder, settings, cancellationToken))
        {
            if (!council.Folder.Holds(await council.StampAsync(db, cancellationToken)))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Failed(string Message, long At);
}
