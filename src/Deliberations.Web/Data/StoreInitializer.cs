using Deliberations.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Data;

/// <summary>
/// Brings the schema up to date and, on an empty database, imports the seeds, before the server
/// takes its first request (<see cref="IHostedLifecycleService.StartingAsync"/> runs before Kestrel
/// starts), so a newcomer's first page already shows data.
/// </summary>
public sealed class StoreInitializer(IServiceScopeFactory scopes, IOptions<StorageOptions> options, ILogger<StoreInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        var engine = scope.ServiceProvider.GetRequiredService<IDatabaseEngine>();

        // What is counted again here is every council's.
        db.Council = null;
        using (var importLock = engine.TryLockForImport())
        {
            if (importLock is null)
            {
                // Migrating or restoring indexes would wait on the import's writes: serve the store as it is.
                logger.LogWarning("Un import est en cours sur {Database} : le site sert la base telle qu'elle est, sans la mettre à jour.", options.Value.Database);
                return;
            }

            if (await StoreUpgrade.RunAsync(db, engine, cancellationToken) is > 0 and var keys)
            {
                logger.LogInformation("Clé de tri donnée à {Count} décisions enregistrées avant qu'elle ne le soit.", keys);
            }

            if (await db.Documents.AnyAsync(cancellationToken))
            {
                // What an import killed before its end left: its index, and the figures it did not count.
                await DeferredIndexes.RestoreAsync(db, engine, cancellationToken);
                await StaleFigures.RecountAsync(db, engine, (ids, token) => DisplayNames.RefreshAsync(db, ids, null, token), cancellationToken);

                // What an earlier version of the parser did not read, read from the texts the store keeps.
                if (await GrantKinds.FillAsync(db, cancellationToken) is > 0 and var kinds)
                {
                    logger.LogInformation("Type de somme lu pour {Count} subventions enregistrées avant qu'il ne le soit.", kinds);
                }

                return;
            }
        }

        if (SeedsLocator.Find(options.Value.Seeds) is not { } seeds)
        {
            logger.LogWarning("Base vide et aucun dossier seeds/ trouvé : rien à importer.");
            return;
        }

        try
        {
            var summary = await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync([seeds], null, cancellationToken);
            logger.LogInformation("Import des extraits de {Seeds} : {Summary}", seeds, summary);
        }
        catch (ImportStoppedException stopped)
        {
            logger.LogWarning("Import des extraits de {Seeds} arrêté : {Message} Enregistré avant l'arrêt : {Summary}", seeds, stopped.Message, stopped.Summary);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
