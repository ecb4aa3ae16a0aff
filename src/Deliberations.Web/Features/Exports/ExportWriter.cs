using System.Data.Common;
using Deliberations.Web.Data;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// Writes the four exports of the store's current state into the <see cref="ExportFolder"/>, once per
/// state, from one read snapshot: the four files and their stamp tell of one state whatever an import
/// commits meanwhile. One writer at a time: the import lock across processes (an import writes them
/// at its end while it still holds it), a gate within this one. A folder that cannot be written
/// (read-only, disk full) never stops an import: a warning in French.
/// </summary>
public sealed class ExportWriter(ExportFolder folder, ExportSettings settings, IServiceScopeFactory scopes, IDatabaseEngine engine, TimeProvider clock, ILogger<ExportWriter> logger)
{
    /// <summary>Never disposed: it lives as long as the process, and a writing under way at shutdown still releases it.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);

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
            var stamp = await ExportStamp.ReadAsync(db, settings, cancellationToken);
            if (!folder.Holds(stamp))
            {
                var started = clock.GetTimestamp();
                foreach (var export in CsvExports.All)
                {
                    await folder.WriteAsync(export, stamp, output => export.WriteAsync(output, db, settings, cancellationToken), cancellationToken);
                }

                folder.DeleteAllBut(stamp, clock.GetUtcNow());
                logger.LogInformation("Exports CSV écrits dans {Folder} en {Seconds:F1} s (état {Stamp}).", folder.Path, clock.GetElapsedTime(started).TotalSeconds, stamp);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbException)
        {
            var message = $"Les exports CSV n'ont pas pu être écrits dans {folder.Path} ({ex.Message}). "
                + "Rien n'est perdu : le site les lit dans la base à chaque téléchargement, comme avant, "
                + "et les écrira de nouveau quand le dossier sera accessible en écriture et aura de la place.";
            logger.LogWarning("{Failure}", message);
            return message;
        }
        finally
        {
            _gate.Release();
        }
    }
}
