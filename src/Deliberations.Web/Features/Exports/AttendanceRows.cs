using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// Every attendance line of the register, decision by decision in document order: the decisions
/// without a sitting first, then sitting by sitting, day by day (of two sittings of one day, the one
/// whose numbers come first). Read one sitting at a time, along the indexes of decisions by sitting
/// and order key and of lines by decision and position, so SQLite streams the lines in order without
/// sorting them: sorted in one query, the register's 2.5 million lines (20,000 extracts) were held in
/// memory at once, 350 MB of the import's peak; sorted day by day, in a temporary tree, they took
/// 9.5 s of the import's exports against 6.6 – 7.2 s now. A line is read bare (ids, printed name, status)
/// and its official, proxy holder and decision are looked up in memory: joined into each line, their
/// names were read and allocated 2.5 million times, 16 of the 20,000-extract import's 60 s.
/// </summary>
public static class AttendanceRows
{
    private static readonly FrozenDictionary<AttendanceStatus, string> StatusNames =
        Enum.GetValues<AttendanceStatus>().ToFrozenDictionary(s => s, s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()));

    public static async IAsyncEnumerable<AttendanceRow> ReadAsync(DeliberationsDb db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var officials = await db.Officials.AsNoTracking()
            .Select(o => new { o.Id, Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname) })
            .ToDictionaryAsync(o => o.Id, o => new Person(o.Name, o.Name.Plain), cancellationToken);
        var sittings = await db.Sittings.AsNoTracking()
            .OrderBy(s => s.Date).ThenBy(s => s.Decisions.Min(d => d.OrderKey)).ThenBy(s => s.Id)
            .Select(s => new SittingHead(s.Id, s.Date, s.Body))
            .ToListAsync(cancellationToken);
        await foreach (var row in ReadAsync(db, officials, d => d.SittingId == null, null, cancellationToken))
        {
            yield return row;
        }

        foreach (var sitting in sittings)
        {
            await foreach (var row in ReadAsync(db, officials, d => d.SittingId == sitting.Id, sitting, cancellationToken))
            {
                yield return row;
            }
        }
    }

    /// <summary>The same words as the API's <c>status</c>: <c>present</c>, <c>excused</c>, <c>unexcused</c>.</summary>
    public static string StatusName(AttendanceStatus status) => StatusNames[status];

    private static async IAsyncEnumerable<AttendanceRow> ReadAsync(
        DeliberationsDb db, Dictionary<int, Person> officials, Expression<Func<Decision, bool>> decisions, SittingHead? sitting, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var numbers = await db.Decisions.AsNoTracking().Where(decisions).Select(d => new { d.Id, d.Number }).ToDictionaryAsync(d => d.Id, d => d.Number, cancellationToken);

        // Ordered by the decision's id after its key, not the line's copy of it: only then does SQLite see the order of the indexes.
        var lines = db.Decisions.AsNoTracking().Where(decisions)
            .SelectMany(d => d.Attendance, (d, a) => new { d.OrderKey, d.Id, a.Position, a.OfficialId, a.ProxyHolderId, a.PrintedName, a.Status })
            .OrderBy(l => l.OrderKey).ThenBy(l => l.Id).ThenBy(l => l.Position)
            .Select(l => new { l.Id, l.OfficialId, l.ProxyHolderId, l.PrintedName, l.Status })
            .AsAsyncEnumerable();
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            var official = officials[line.OfficialId].Name;
            var holder = line.ProxyHolderId is { } holderId ? officials[holderId] : null;
            yield return new AttendanceRow(
                numbers[line.Id], sitting?.Date, sitting?.Body, official.Slug, official.Civility, official.FirstName, official.Surname,
                line.PrintedName, StatusName(line.Status), holder?.Name.Slug, holder?.Plain);
        }
    }

    /// <summary>An official's name and its plain form, made once for all their lines.</summary>
    private sealed record Person(OfficialName Name, string Plain);

    private sealed record SittingHead(int Id, DateOnly Date, string Body);
}
