using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Gives their order key (<see cref="DecisionOrder"/>) to decisions stored before it was kept
/// (migration <c>DecisionOrderKey</c>, which leaves it empty: SQL cannot pad runs of digits). Until
/// then lists would put them last: it runs before the site serves or an import writes (<see cref="StoreUpgrade"/>).
/// </summary>
public static class OrderKeys
{
    /// <returns>How many decisions were given their key.</returns>
    public static async Task<int> FillAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        // Every council's.
        var missing = await db.Decisions.IgnoreQueryFilters().AsNoTracking().Where(d => d.OrderKey == "").Select(d => new { d.Id, d.Number }).ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var decision in missing)
        {
            var key = DecisionOrder.KeyOf(decision.Number);
            await db.Decisions.IgnoreQueryFilters().Where(d => d.Id == decision.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.OrderKey, key), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return missing.Count;
    }
}
