using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Brings a store to this version, for the site at its start and for the <c>import</c> verb alike: its
/// schema, then what a change of schema leaves to be counted, the decisions' order keys
/// (<see cref="OrderKeys"/>), the register's figures and the planner's statistics, which new indexes
/// need. Only reads when the store is up to date, so a store on a read-only disk is served as it is.
/// </summary>
public static class StoreUpgrade
{
    /// <returns>How many decisions were given their order key.</returns>
    public static async Task<int> RunAsync(DeliberationsDb db, IDatabaseEngine engine, CancellationToken cancellationToken)
    {
        // What is counted here is every council's.
        db.Council = null;
        var migrating = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        if (migrating)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        // Also when no migration is pending: a start killed while it gave them leaves some to give.
        var keys = await OrderKeys.FillAsync(db, cancellationToken);

        // Not in an empty store: nothing to count, and the statistics of its empty tables misled the
        // planner all through the import that filled it (200,000 extracts: 40 % stored in 4 minutes,
        // against 80 % without them).
        if ((migrating || keys > 0) && await db.Documents.AnyAsync(cancellationToken))
        {
            // Counted through EF Core rather than in the migrations' SQL, whose SUM of decimals is a float here.
            await RegisterFigures.RefreshAsync(db, engine, cancellationToken);
        }

        return keys;
    }
}
