using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Counts again the figures stored on sittings (<see cref="Sitting.DecisionCount"/>, <see cref="Sitting.PresentCount"/>, <see cref="Sitting.BudgetTableCount"/>)
/// and each official's part in them (<see cref="OfficialSitting"/>).
/// </summary>
public static class SittingTallies
{
    /// <summary>
    /// One statement per 500 sittings. Not kept by difference as officials' figures are: the present
    /// are counted once each however many decisions list them, which no difference can say.
    /// </summary>
    public static async Task RefreshAsync(DeliberationsDb db, IEnumerable<int> sittingIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in sittingIds.Chunk(500))
        {
            await db.Sittings.Where(s => chunk.Contains(s.Id)).ExecuteUpdateAsync(
                u => u
                    .SetProperty(s => s.DecisionCount, s => db.Decisions.Count(d => d.SittingId == s.Id))
                    .SetProperty(s => s.PresentCount, s => db.Attendance
                        .Where(a => a.Decision!.SittingId == s.Id && a.Status == AttendanceStatus.Present)
                        .Select(a => a.OfficialId).Distinct().Count())
                    .SetProperty(s => s.BudgetTableCount, s => db.BudgetTables.Count(t => t.Decision!.SittingId == s.Id)),
                cancellationToken);
        }

        await OfficialSittingTallies.ForSittingsAsync(db, sittingIds, cancellationToken);
    }
}
