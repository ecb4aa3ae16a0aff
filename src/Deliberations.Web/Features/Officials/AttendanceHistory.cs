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

        // Read from the decisions of the window's sittings, each looked up in the official's lines:
        // filtering all of the official's lines by sitting read 100,000 of them at 200,000 extracts.
        var decisions = window.ReachesUndated
            ? db.Decisions.Where(d => d.SittingId == null || sittingIds.Contains(d.SittingId.Value))
            : db.Decisions.Where(d => sittingIds.Contains(d.SittingId!.Value));
        var rows = await decisions
            .SelectMany(d => d.Attendance.Where(a => a.OfficialId == officialId), (d, a) => new { Decision = d, Line = a })
            .OrderByDescending(x => x.Decision.SittingDate)
            .ThenByDescending(x => x.Decision.Number)
            .Skip(window.Skip)
            .Take(paging.PageSize)
            .Select(x => new DecisionAttendanceRow(
                x.Decision.Number,
                x.Decision.Title,
                x.Decision.SittingDate,
                x.Decision.Sitting == null ? null : x.Decision.Sitting.Body,
                x.Line.Status,
                x.Line.ProxyHolder == null ? null : new OfficialName(x.Line.ProxyHolder.Slug, x.Line.ProxyHolder.Civility, x.Line.ProxyHolder.FirstName, x.Line.ProxyHolder.Surname)))
            .ToListAsync(cancellationToken);
        return new PagedList<DecisionAttendanceRow>(rows, paging);
    }
}
