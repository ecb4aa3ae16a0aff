using System.Numerics;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Import.Rows;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Keeps the figures stored on officials (<see cref="Official.PresentCount"/> and the others), how
/// often each of their spellings is printed (<see cref="OfficialSpelling.Printed"/>) and their part in
/// each sitting (<see cref="OfficialSitting"/>) in step with what an import writes, by difference:
/// each document adds its lines and takes away those of the version it replaces, and each batch
/// writes the differences before it commits, so the figures commit or roll back with the rows they
/// count. Counting every official's lines again at the end of an import cost 11 s at 20,000
/// extracts, grouping them by spelling 3.5–4.7 s more and by sitting about 2 s; differences cost one
/// statement per official, per spelling printed and per official in a sitting, per batch.
/// </summary>
public sealed class OfficialTallyBook(DeliberationsDb db)
{
    private const string AddSql = """
        UPDATE "Officials" SET "PresentCount" = "PresentCount" + ?1, "ExcusedCount" = "ExcusedCount" + ?2,
            "UnexcusedCount" = "UnexcusedCount" + ?3, "ProxiesGivenCount" = "ProxiesGivenCount" + ?4,
            "ProxiesHeldCount" = "ProxiesHeldCount" + ?5, "ReportCount" = "ReportCount" + ?6
        WHERE "Id" = ?7
        """;

    private const string AddPrintedSql = "UPDATE \"Spellings\" SET \"Printed\" = \"Printed\" + ?1 WHERE \"OfficialId\" = ?2 AND \"Spelling\" = ?3";

    private const string AddSittingSql = """
        INSERT INTO "OfficialSittings" ("OfficialId", "SittingId", "Listed", "Present", "Excused", "Unexcused", "ProxiesGiven", "ProxiesHeld")
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        ON CONFLICT ("OfficialId", "SittingId") DO UPDATE SET "Listed" = "OfficialSittings"."Listed" + excluded."Listed",
            "Present" = "OfficialSittings"."Present" + excluded."Present", "Excused" = "OfficialSittings"."Excused" + excluded."Excused",
            "Unexcused" = "OfficialSittings"."Unexcused" + excluded."Unexcused",
            "ProxiesGiven" = "OfficialSittings"."ProxiesGiven" + excluded."ProxiesGiven", "ProxiesHeld" = "OfficialSittings"."ProxiesHeld" + excluded."ProxiesHeld"
        """;

    /// <summary>An official no decision of the sitting lists any more, and who carries no vote in it, has no row for it.</summary>
    private const string DropSittingSql = "DELETE FROM \"OfficialSittings\" WHERE \"OfficialId\" = ?1 AND \"SittingId\" = ?2 AND \"Listed\" = 0 AND \"ProxiesHeld\" = 0";

    private readonly Dictionary<int, Tally> _document = [];
    private readonly HashSet<int> _documentRecount = [];
    private readonly Dictionary<int, Tally> _batch = [];
    private readonly HashSet<int> _batchRecount = [];
    private readonly Dictionary<(int Official, string Spelling), int> _documentPrinted = [];
    private readonly Dictionary<(int Official, string Spelling), int> _batchPrinted = [];
    private readonly Dictionary<(int Official, int Sitting), Tally> _documentSittings = [];
    private readonly Dictionary<(int Official, int Sitting), Tally> _batchSittings = [];

    /// <summary>Adds the lines and the rapporteur of a decision just written (its officials and sitting have their ids).</summary>
    public void Add(Decision decision) => Count(decision.Attendance.Select(a => new Line(IdOf(a.OfficialId, a.Official), a.Status, a.ProxyHolderId is not null || a.ProxyHolder is not null ? IdOf(a.ProxyHolderId, a.ProxyHolder) : null, a.PrintedName)), IdOf(decision.RapporteurId, decision.Rapporteur), decision.Sitting?.Id, +1);

    /// <summary>Takes away the lines and the rapporteur of the stored version of a decision, before it is replaced.</summary>
    public async Task SubtractStoredAsync(int decisionId, CancellationToken cancellationToken)
    {
        var lines = await db.Attendance.Where(a => a.DecisionId == decisionId)
            .Select(a => new Line(a.OfficialId, a.Status, a.ProxyHolderId, a.PrintedName)).ToListAsync(cancellationToken);
        var stored = await db.Decisions.Where(d => d.Id == decisionId).Select(d => new { d.RapporteurId, d.SittingId }).SingleAsync(cancellationToken);
        Count(lines, stored.RapporteurId, stored.SittingId, -1);
    }

    /// <summary>Officials whose earlier lines moved to another record (a split): counted again in full.</summary>
    public void Recount(params int[] officialIds) => _documentRecount.UnionWith(officialIds);

    /// <summary>The document is kept: its differences join the batch.</summary>
    public void Commit()
    {
        AddAll(_batch, _document);
        AddAll(_batchPrinted, _documentPrinted);
        AddAll(_batchSittings, _documentSittings);

        _batchRecount.UnionWith(_documentRecount);
        Discard();
    }

    /// <summary>The document was rolled back: so are its differences.</summary>
    public void Discard()
    {
        _document.Clear();
        _documentRecount.Clear();
        _documentPrinted.Clear();
        _documentSittings.Clear();
    }

    /// <summary>Writes the batch's differences, inside the batch's transaction.</summary>
    public async Task WriteAsync(RowWriter rows, CancellationToken cancellationToken)
    {
        foreach (var (id, t) in _batch.Where(b => !_batchRecount.Contains(b.Key) && b.Value != default))
        {
            rows.Execute(AddSql, t.Present, t.Excused, t.Unexcused, t.Given, t.Held, t.Reports, id);
        }

        // Every spelling a line prints has its row: the document that first printed it wrote it.
        foreach (var ((id, spelling), printed) in _batchPrinted.Where(b => !_batchRecount.Contains(b.Key.Official) && b.Value != 0))
        {
            rows.Execute(AddPrintedSql, printed, id, spelling);
        }

        foreach (var ((id, sitting), t) in _batchSittings.Where(b => !_batchRecount.Contains(b.Key.Official) && b.Value != default))
        {
            rows.Execute(AddSittingSql, id, sitting, t.Listed, t.Present, t.Excused, t.Unexcused, t.Given, t.Held);
            if (t.Listed < 0 || t.Held < 0)
            {
                rows.Execute(DropSittingSql, id, sitting);
            }
        }

        if (_batchRecount.Count > 0)
        {
            await OfficialTallies.RefreshAsync(db, _batchRecount, cancellationToken);
        }

        Forget();
    }

    /// <summary>The batch was lost: the differences went with it.</summary>
    public void Forget()
    {
        Discard();
        _batch.Clear();
        _batchRecount.Clear();
        _batchPrinted.Clear();
        _batchSittings.Clear();
    }

    private static int? IdOf(int? id, Official? entity) => id is > 0 ? id : entity?.Id;

    private static void Add<TKey, TValue>(Dictionary<TKey, TValue> into, TKey key, TValue value)
        where TKey : notnull
        where TValue : struct, IAdditionOperators<TValue, TValue, TValue> =>
        into[key] = into.GetValueOrDefault(key) + value;

    private static void AddAll<TKey, TValue>(Dictionary<TKey, TValue> into, Dictionary<TKey, TValue> from)
        where TKey : notnull
        where TValue : struct, IAdditionOperators<TValue, TValue, TValue>
    {
        foreach (var (key, value) in from)
        {
            Add(into, key, value);
        }
    }

    private void Count(IEnumerable<Line> lines, int? rapporteur, int? sitting, int sign)
    {
        foreach (var line in lines)
        {
            var status = line.Status switch
            {
                AttendanceStatus.Present => new Tally(Present: sign),
                AttendanceStatus.Excused => new Tally(Excused: sign),
                _ => new Tally(Unexcused: sign),
            };
            var counted = status + (line.ProxyHolder is null ? default : new Tally(Given: sign));
            Change(line.Official, counted);
            if (line.Official is { } official)
            {
                Add(_documentPrinted, (official, line.Printed), sign);
                if (sitting is { } s)
                {
                    Add(_documentSittings, (official, s), counted);
                }
            }

            if (line.ProxyHolder is { } holder)
            {
                Change(holder, new Tally(Held: sign));
                if (sitting is { } s)
                {
                    Add(_documentSittings, (holder, s), new Tally(Held: sign));
                }
            }
        }

        if (rapporteur is { } r)
        {
            Change(r, new Tally(Reports: sign));
        }
    }

    private void Change(int? official, Tally by)
    {
        if (official is { } id)
        {
            Add(_document, id, by);
        }
    }

    private readonly record struct Line(int? Official, AttendanceStatus Status, int? ProxyHolder, string Printed);

    private readonly record struct Tally(int Present = 0, int Excused = 0, int Unexcused = 0, int Given = 0, int Held = 0, int Reports = 0) : IAdditionOperators<Tally, Tally, Tally>
    {
        /// <summary>The lines counted, whatever their status.</summary>
        public int Listed => Present + Excused + Unexcused;

        public static Tally operator +(Tally a, Tally b) =>
            new(a.Present + b.Present, a.Excused + b.Excused, a.Unexcused + b.Unexcused, a.Given + b.Given, a.Held + b.Held, a.Reports + b.Reports);
    }
}
