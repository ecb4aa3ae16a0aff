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

    /// <summary>The counts the import keeps on the official, then two grouped queries on the lines of a proxy only.</summary>
    public static async Task<AttendanceSummary> LoadAsync(DeliberationsDb db, int officialId, CancellationToken cancellationToken)
    {
        var counts = await db.Officials
            .Where(o => o.Id == officialId)
            .Select(o => new { o.PresentCount, o.ExcusedCount, o.UnexcusedCount })
            .SingleAsync(cancellationToken);

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
            counts.PresentCount,
            counts.ExcusedCount,
            counts.UnexcusedCount,
            [.. given.Select(p => new ProxyCount(new OfficialName(p.Key.Slug, p.Key.Civility, p.Key.FirstName, p.Key.Surname), p.Count))],
            [.. held.Select(p => new ProxyCount(new OfficialName(p.Key.Slug, p.Key.Civility, p.Key.FirstName, p.Key.Surname), p.Count))]);
    }
}
