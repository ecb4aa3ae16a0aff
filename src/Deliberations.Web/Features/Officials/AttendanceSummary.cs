using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Officials;

/// <summary>How many times a vote went from one official to another.</summary>
public sealed record ProxyCount(OfficialName Official, int Count);

/// <summary>An official's attendance over their term: counts by status, and proxies both ways.</summary>
public sealed record AttendanceSummary(int Present, int Excused, int Unexcused, IReadOnlyList<ProxyCount> Given, IReadOnlyList<ProxyCount> Held)
{
    /// <summary>The decisions whose lists name the official; a Commission permanente lists only its members.</summary>
    public int Listed => Present + Excused + Unexcused;

    public decimal? Rate => Listed == 0 ? null : 100m * Present / Listed;

    public int GivenCount => Given.Sum(p => p.Count);

    public int HeldCount => Held.Sum(p => p.Count);

    /// <summary>Three grouped queries, whatever the number of decisions: counts by status, proxies given, proxies held.</summary>
    public static async Task<AttendanceSummary> LoadAsync(DeliberationsDb db, int officialId, CancellationToken cancellationToken)
    {
        var byStatus = await db.Attendance
            .Where(a => a.OfficialId == officialId)
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(s => s.Status, s => s.Count, cancellationToken);

        var given = await db.Attendance
            .Where(a => a.OfficialId == officialId && a.ProxyHolderId != null)
            .GroupBy(a => new { a.ProxyHolder!.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname, a.ProxyHolder.SurnameKey })
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Key.SurnameKey)
            .ToListAsync(cancellationToken);

        var held = await db.Attendance
            .Where(a => a.ProxyHolderId == officialId)
            .GroupBy(a => new { a.Official!.Slug, a.Official.Civility, a.Official.FirstName, a.Official.Surname, a.Official.SurnameKey })
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Key.SurnameKey)
            .ToListAsync(cancellationToken);

        return new AttendanceSummary(
            byStatus.GetValueOrDefault(AttendanceStatus.Present),
            byStatus.GetValueOrDefault(AttendanceStatus.Excused),
            byStatus.GetValueOrDefault(AttendanceStatus.Unexcused),
            [.. given.Select(p => new ProxyCount(new OfficialName(p.Key.Slug, p.Key.Civility, p.Key.FirstName, p.Key.Surname), p.Count))],
            [.. held.Select(p => new ProxyCount(new OfficialName(p.Key.Slug, p.Key.Civility, p.Key.FirstName, p.Key.Surname), p.Count))]);
    }
}
