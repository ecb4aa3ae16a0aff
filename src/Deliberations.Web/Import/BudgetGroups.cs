using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>Counts the <see cref="BudgetGroup"/> rows again from every imputation, once at the end of an import.</summary>
public static class BudgetGroups
{
    /// <summary>Grouped here: SQL cannot group on the lists of years, and the register's imputations are small rows.</summary>
    public static async Task RefreshAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        var imputations = await db.Imputations.AsNoTracking()
            .Select(i => new { i.Decision!.SittingId, i.Years, i.Chapter, i.Direction, i.Amount })
            .ToListAsync(cancellationToken);
        var groups = imputations
            .GroupBy(i => (i.SittingId, Years: string.Join(',', i.Years), i.Chapter, i.Direction))
            .Select(g => new BudgetGroup
            {
                SittingId = g.Key.SittingId,
                Years = g.First().Years,
                Chapter = g.Key.Chapter,
                Direction = g.Key.Direction,
                Count = g.Count(),
                Total = Amounts.Total(g.Select(i => i.Amount)),
            });

        await db.BudgetGroups.ExecuteDeleteAsync(cancellationToken);
        db.BudgetGroups.AddRange(groups);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
