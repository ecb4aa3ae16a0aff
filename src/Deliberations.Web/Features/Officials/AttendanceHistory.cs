using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;

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
            db.Attendance
                .Where(a => a.OfficialId == officialId && a.Decision!.Sitting != null)
                .GroupBy(a => new { a.Decision!.Sitting!.Date, a.Decision.Sitting.Body })

                // Ordered on the group key: SQL cannot sort on a record built after the GROUP BY.
                .OrderByDescending(g => g.Key.Date)
                .ThenBy(g => g.Key.Body)
                .Select(g => new OfficialSittingRow(
                    g.Key.Date,
                    g.Key.Body,
                    g.Count(),
                    g.Count(a => a.Status == AttendanceStatus.Present),
                    g.Count(a => a.Status == AttendanceStatus.Excused),
                    g.Count(a => a.Status == AttendanceStatus.Unexcused))),
            page,
            pageSize,
            cancellationToken);

    public static Task<PagedList<DecisionAttendanceRow>> DecisionsAsync(DeliberationsDb db, int officialId, int? page, int pageSize, CancellationToken cancellationToken) =>
        PagedList<DecisionAttendanceRow>.LoadAsync(
            db.Attendance
                .Where(a => a.OfficialId == officialId)
                .OrderByDescending(a => a.Decision!.Sitting == null ? (DateOnly?)null : a.Decision.Sitting.Date)
                .ThenByDescending(a => a.Decision!.Number)
                .Select(a => new DecisionAttendanceRow(
                    a.Decision!.Number,
                    a.Decision.Title,
                    a.Decision.Sitting == null ? null : a.Decision.Sitting.Date,
                    a.Decision.Sitting == null ? null : a.Decision.Sitting.Body,
                    a.Status,
                    a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname))),
            page,
            pageSize,
            cancellationToken);
}
