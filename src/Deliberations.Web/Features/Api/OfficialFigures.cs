using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Api;

/// <summary>Attendance figures and report counts of a set of officials, in three grouped queries whatever their number.</summary>
public static class OfficialFigures
{
    public sealed record Figures(OfficialAttendance Attendance, int Reports);

    public static async Task<IReadOnlyDictionary<int, Figures>> LoadAsync(DeliberationsDb db, IReadOnlyCollection<int> officialIds, CancellationToken cancellationToken)
    {
        var ids = officialIds.ToList();
        var lines = await db.Attendance.AsNoTracking().Where(a => ids.Contains(a.OfficialId))
            .GroupBy(a => a.OfficialId)
            .Select(g => new
            {
                g.Key,
                Present = g.Count(a => a.Status == AttendanceStatus.Present),
                Excused = g.Count(a => a.Status == AttendanceStatus.Excused),
                Unexcused = g.Count(a => a.Status == AttendanceStatus.Unexcused),
                Given = g.Count(a => a.ProxyHolderId != null),
            })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        var held = await db.Attendance.AsNoTracking().Where(a => a.ProxyHolderId != null && ids.Contains(a.ProxyHolderId.Value))
            .GroupBy(a => a.ProxyHolderId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var reports = await db.Decisions.AsNoTracking().Where(d => d.RapporteurId != null && ids.Contains(d.RapporteurId.Value))
            .GroupBy(d => d.RapporteurId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        return ids.Distinct().ToDictionary(id => id, id =>
        {
            var l = lines.GetValueOrDefault(id);
            var attendance = new OfficialAttendance(l?.Present ?? 0, l?.Excused ?? 0, l?.Unexcused ?? 0, l?.Given ?? 0, held.GetValueOrDefault(id));
            return new Figures(attendance, reports.GetValueOrDefault(id));
        });
    }
}
