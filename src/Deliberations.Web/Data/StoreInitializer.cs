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
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Documents.AnyAsync(cancellationToken))
        {
            await DeferredIndexes.RestoreAsync(db, cancellationToken);
            return;
        }

        if (SeedsLocator.Find(options.Value.Seeds) is not { } seeds)
        {
            logger.LogWarning("Base vide et aucun dossier seeds/ trouvé : rien à importer.");
            return;
        }

        var summary = await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync([seeds], null, cancellationToken);
        logger.LogInformation("Import des extraits de {Seeds} : {Summary}", seeds, summary);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
