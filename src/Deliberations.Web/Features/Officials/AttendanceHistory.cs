using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Officials;

/// <summary>One sitting as one official lived it: how many of its decisions listed them, and with what status.</summary>
public sealed record OfficialSittingRow(DateOnly Date, string Body, int Listed, int Present, int Excused, int Unexcused);

/// <summary>One decision and the official's line in its attendance lists.</summary>
public sealed record DecisionAttendanceRow(string Number, string Title, DateOnly? Date, string? Body, AttendanceStatus Status, OfficialName? ProxyHolder);

/// <summary>Every sitting and decision where an official is listed, newest first, a page at a time.</summary>
public static class AttendanceHistory
{
    public static Task<PagedList<OfficialSittingRow>> SittingsAsync(DeliberationsDb db, int officialId, int? page, int pageSize, CancellationToken cancellationToken) =>
        PagedList<OfficialSittingRow>.LoadAsync(
            db.OfficialSittings
                .Where(s => s.OfficialId == officialId)
                .OrderByDescending(s => s.Sitting!.Date)
                .ThenBy(s => s.Sitting!.Body)
                .Select(s => new OfficialSittingRow(s.Sitting!.Date, s.Sitting.Body, s.Listed, s.Present, s.Excused, s.Unexcused)),
            page,
            pageSize,
            cancellationToken);

    /// <param name="listed">All of the official's lines (<see cref="AttendanceSummary.Listed"/>), dated or not.</param>
    public static async Task<PagedList<DecisionAttendanceRow>> DecisionsAsync(DeliberationsDb db, int officialId, int listed, int? page, int pageSize, CancellationToken cancellationToken)
    {
        var paging = Paging.Of(page, pageSize, listed);
        var window = await SittingWindow.FindAsync(db, officialId, paging, cancellationToken);
        var sittingIds = window.SittingIds;
        var lines = db.Attendance.Where(a => a.OfficialId == officialId);
        lines = window.ReachesUndated
            ? lines.Where(a => a.Decision!.SittingId == null || sittingIds.Contains(a.Decision.SittingId.Value))
            : lines.Where(a => sittingIds.Contains(a.Decision!.SittingId!.Value));
        var rows = await lines
            .OrderByDescending(a => a.Decision!.Sitting == null ? (DateOnly?)null : a.Decision.Sitting.Date)
            .ThenByDescending(a => a.Decision!.Number)
            .Skip(window.Skip)
            .Take(paging.PageSize)
            .Select(a => new DecisionAttendanceRow(
                a.Decision!.Number,
                a.Decision.Title,
                a.Decision.Sitting == null ? null : a.Decision.Sitting.Date,
                a.Decision.Sitting == null ? null : a.Decision.Sitting.Body,
                a.Status,
                a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname)))
            .ToListAsync(cancellationToken);
        return new PagedList<DecisionAttendanceRow>(rows, paging);
    }
}
