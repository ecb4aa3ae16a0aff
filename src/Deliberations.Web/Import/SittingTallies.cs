using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Counts again the figures stored on sittings (<see cref="Sitting.DecisionCount"/>, <see cref="Sitting.PresentCount"/>, <see cref="Sitting.BudgetTableCount"/>).
/// </summary>
public static class SittingTallies
{
    /// <summary>
    /// One statement per 500 sittings. The present are counted once each however many decisions
    /// list them, which no difference can say: they are the officials whose row for the sitting
    /// (<see cref="OfficialSitting"/>, kept by difference) has a present line, a few hundred rows
    /// per sitting where counting them from the attendance lines read every line of the sitting.
    /// </summary>
    public static async Task RefreshAsync(DeliberationsDb db, IEnumerable<int> sittingIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in sittingIds.Chunk(500))
        {
            await db.Sittings.Where(s => chunk.Contains(s.Id)).ExecuteUpdateAsync(
                u => u
                    .SetProperty(s => s.DecisionCount, s => db.Decisions.Count(d => d.SittingId == s.Id))
                    .SetProperty(s => s.PresentCount, s => db.OfficialSittings.Count(o => o.SittingId == s.Id && o.Present > 0))
                    .SetProperty(s => s.BudgetTableCount, s => db.BudgetTables.Count(t => t.Decision!.SittingId == s.Id)),
                cancellationToken);
        }
    }
}
