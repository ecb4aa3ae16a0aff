using System.Runtime.CompilerServices;
using System.Text.Json;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Exports;

/// <summary>Every attendance line of the register, decision by decision in document order, in one streamed query.</summary>
public static class AttendanceRows
{
    public static async IAsyncEnumerable<AttendanceRow> ReadAsync(DeliberationsDb db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = db.Attendance.AsNoTracking()
            .OrderBy(a => a.Decision!.Sitting == null ? DateOnly.MinValue : a.Decision.Sitting.Date).ThenBy(a => a.Decision!.Number).ThenBy(a => a.Position)
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
        await foreach (var a in lines.WithCancellation(cancellationToken))
        {
            yield return new AttendanceRow(a.Number, a.Date, a.Body, a.Slug, a.Civility, a.FirstName, a.Surname, a.PrintedName, StatusName(a.Status), a.Holder?.Slug, a.Holder?.Display);
        }
    }

    /// <summary>The same words as the API's <c>status</c>: <c>present</c>, <c>excused</c>, <c>unexcused</c>.</summary>
    public static string StatusName(AttendanceStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
