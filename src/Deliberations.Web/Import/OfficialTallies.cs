using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Counts again the figures stored on officials (<see cref="Official.PresentCount"/> and the others)
/// and how often each of their spellings is printed, from their attendance lines and reports: what
/// pages read instead of grouping millions of lines.
/// </summary>
public static class OfficialTallies
{
    /// <summary>One statement for the officials given, each count reading the official's own lines through its index; then their spellings and sittings.</summary>
    public static async Task RefreshAsync(DeliberationsDb db, IReadOnlyCollection<int> officialIds, CancellationToken cancellationToken)
    {
        var ids = officialIds.ToList();
        await db.Officials.Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(
            u => u
                .SetProperty(o => o.PresentCount, o => db.Attendance.Count(a => a.OfficialId == o.Id && a.Status == AttendanceStatus.Present))
                .SetProperty(o => o.ExcusedCount, o => db.Attendance.Count(a => a.OfficialId == o.Id && a.Status == AttendanceStatus.Excused))
                .SetProperty(o => o.UnexcusedCount, o => db.Attendance.Count(a => a.OfficialId == o.Id && a.Status == AttendanceStatus.Unexcused))
                .SetProperty(o => o.ProxiesGivenCount, o => db.Attendance.Count(a => a.OfficialId == o.Id && a.ProxyHolderId != null))
                .SetProperty(o => o.ProxiesHeldCount, o => db.Attendance.Count(a => a.ProxyHolderId == o.Id))
                .SetProperty(o => o.ReportCount, o => db.Decisions.Count(d => d.RapporteurId == o.Id)),
            cancellationToken);
        await DisplayNames.CountAsync(db, ids, cancellationToken);
        await OfficialSittingTallies.ForOfficialsAsync(db, ids, cancellationToken);
    }
}
