using System.Runtime.CompilerServices;
using System.Text.Json;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// Every attendance line of the register, decision by decision in document order: the decisions
/// without a sitting first, then day by day. Read one day at a time: sorted in one query, the
/// register's 2.5 million lines (20,000 extracts) were held in memory at once, 350 MB of the
/// import's peak; a day is a few thousand lines, read along the indexes.
/// </summary>
public static class AttendanceRows
{
    public static async IAsyncEnumerable<AttendanceRow> ReadAsync(DeliberationsDb db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = await db.Sittings.Select(s => s.Date).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);
        await foreach (var row in ReadAsync(db.Attendance.Where(a => a.Decision!.SittingId == null), cancellationToken))
        {
            yield return row;
        }

        foreach (var day in days)
        {
            await foreach (var row in ReadAsync(db.Attendance.Where(a => a.Decision!.Sitting!.Date == day), cancellationToken))
            {
                yield return row;
            }
        }
    }

    private static async IAsyncEnumerable<AttendanceRow> ReadAsync(IQueryable<AttendanceEntry> lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = lines.AsNoTracking()
            .OrderBy(a => a.Decision!.Number).ThenBy(a => a.Position)
            .Select(a => new
            {
                a.Decision!.Number,
                Date = a.Decision.Sitting == null ? (DateOnly?)null : a.Decision.Sitting.Date,
                Body = a.Decision.Sitting == null ? null : a.Decision.Sitting.Body,
                a.Official!.Slug,
                a.Official.Civility,
                a.Official.FirstName,
                a.Official.Surname,
                a.PrintedName,
                a.Status,
                Holder = a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname),
            })
            .AsAsyncEnumerable();
        await foreach (var a in rows.WithCancellation(cancellationToken))
        {
            yield return new AttendanceRow(a.Number, a.Date, a.Body, a.Slug, a.Civility, a.FirstName, a.Surname, a.PrintedName, StatusName(a.Status), a.Holder?.Slug, a.Holder?.Plain);
        }
    }

    /// <summary>The same words as the API's <c>status</c>: <c>present</c>, <c>excused</c>, <c>unexcused</c>.</summary>
    public static string StatusName(AttendanceStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
