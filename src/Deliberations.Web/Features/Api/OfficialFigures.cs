using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Api;

/// <summary>Attendance figures and report counts of a set of officials, as the import stored them (one query).</summary>
public static class OfficialFigures
{
    public sealed record Figures(OfficialAttendance Attendance, int Reports);

    public static async Task<IReadOnlyDictionary<int, Figures>> LoadAsync(DeliberationsDb db, IReadOnlyCollection<int> officialIds, CancellationToken cancellationToken)
    {
        var ids = officialIds.ToList();
        return await db.Officials.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, Attendance = new OfficialAttendance(o.PresentCount, o.ExcusedCount, o.UnexcusedCount, o.ProxiesGivenCount, o.ProxiesHeldCount), o.ReportCount })
            .ToDictionaryAsync(o => o.Id, o => new Figures(o.Attendance, o.ReportCount), cancellationToken);
    }
}
