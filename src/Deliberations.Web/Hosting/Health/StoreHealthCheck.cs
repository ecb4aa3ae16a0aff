using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Deliberations.Web.Hosting.Health;

/// <summary>
/// What a load balancer asks before sending readers to this node: the store answers, and its schema
/// is the one this version reads. A node left on a store another version migrated (or one not yet
/// migrated) would answer with errors or wrong pages; it says so here instead. A store that throws
/// is reported unhealthy by the health check service itself.
/// </summary>
public sealed class StoreHealthCheck(DeliberationsDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("La base ne répond pas.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("La base répond et son schéma est à jour.")
            : HealthCheckResult.Unhealthy($"Le schéma de la base n'est pas à jour : migrations à appliquer, jusqu’à {pending[^1]}.");
    }
}
