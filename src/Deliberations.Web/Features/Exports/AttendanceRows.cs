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
/// without a sitting first, then day by day. Read one day at a time: sorted in one query, the
/// register's 2.5 million lines (20,000 extracts) were held in memory at once, 350 MB of the
/// import's peak; a day is a few thousand lines, read along the indexes. A line is read bare (ids,
/// printed name, status) and its official, proxy holder and decision are looked up in memory: joined
/// into each line, their names were read and allocated 2.5 million times, 16 of the 20,000-extract
/// import's 60 s, when the register has a few thousand officials and a few hundred decisions a day.
/// A day's lines are put in order here, not by the query: SQLite sorted them in a temporary tree and
/// the sort keys came back with every line, 9.5 s of the 20,000-extract import's exports against 6.5.
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
        var days = await db.Sittings.Select(s => s.Date).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);
        await foreach (var row in ReadAsync(db, officials, d => d.SittingId == null, cancellationToken))
        {
            yield return row;
        }

        foreach (var day in days)
        {
            await foreach (var row in ReadAsync(db, officials, d => d.Sitting!.Date == day, cancellationToken))
            {
                yield return row;
            }
        }
    }

    /// <summary>The same words as the API's <c>status</c>: <c>present</c>, <c>excused</c>, <c>unexcused</c>.</summary>
    public static string StatusName(AttendanceStatus status) => StatusNames[status];

    private static async IAsyncEnumerable<AttendanceRow> ReadAsync(
        DeliberationsDb db, Dictionary<int, Person> officials, Expression<Func<Decision, bool>> decisions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var heads = await db.Decisions.AsNoTracking().Where(decisions)
            .Select(d => new Head(d.Id, d.Number, d.Sitting == null ? null : d.Sitting.Date, d.Sitting == null ? null : d.Sitting.Body))
            .ToListAsync(cancellationToken);
        var lines = (await db.Decisions.AsNoTracking().Where(decisions)
            .SelectMany(d => d.Attendance, (d, a) => new Line(a.DecisionId, a.Position, a.OfficialId, a.ProxyHolderId, a.PrintedName, a.Status))
            .ToListAsync(cancellationToken))
            .ToLookup(l => l.DecisionId);
        foreach (var decision in heads.OrderBy(h => h.Number.Length).ThenBy(h => h.Number, StringComparer.Ordinal))
        {
            foreach (var line in lines[decision.Id].OrderBy(l => l.Position))
            {
                var official = officials[line.OfficialId].Name;
                var holder = line.ProxyHolderId is { } holderId ? officials[holderId] : null;
                yield return new AttendanceRow(
                    decision.Number, decision.Date, decision.Body, official.Slug, official.Civility, official.FirstName, official.Surname,
                    line.PrintedName, StatusName(line.Status), holder?.Name.Slug, holder?.Plain);
            }
        }
    }

    /// <summary>An official's name and its plain form, made once for all their lines.</summary>
    private sealed record Person(OfficialName Name, string Plain);

    private sealed record Head(int Id, string Number, DateOnly? Date, string? Body);

    private sealed record Line(int DecisionId, int Position, int OfficialId, int? ProxyHolderId, string PrintedName, AttendanceStatus Status);
}
