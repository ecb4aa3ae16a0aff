using Deliberations.Web.Data;

namespace Deliberations.Web.Import;

/// <summary>
/// The figures counted over the whole register rather than per document (projects and organisations,
/// budget groups) and the planner's statistics: counted again at the end of an import that changed
/// the data (<see cref="StaleFigures"/>), and after a migration, which may have added figures a store
/// made before it lacks.
/// </summary>
public static class RegisterFigures
{
    public static async Task RefreshAsync(DeliberationsDb db, IDatabaseEngine engine, CancellationToken cancellationToken)
    {
        await FundingTallies.RefreshAsync(db, cancellationToken);
        await BudgetGroups.RefreshAsync(db, cancellationToken);
        await engine.RefreshStatisticsAsync(db, cancellationToken);
    }
}
