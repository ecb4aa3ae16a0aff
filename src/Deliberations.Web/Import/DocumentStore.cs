using Deliberations.Core.Model;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Import.Rows;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Writes one parsed extract: its text and diagnostics, and when it names a decision, the decision,
/// its sitting and every part. What the store already holds (texts by hash, decisions by number,
/// sittings) is read once per import and kept in step, so storing an extract asks the database
/// nothing; a document rolled back is taken back out of it too.
/// </summary>
public sealed class DocumentStore
{
    private readonly DeliberationsDb _db;
    private readonly RowWriter _rows;
    private readonly IDatabaseEngine _engine;
    private readonly TermCalendar _terms;
    private readonly HashSet<string> _hashes;
    private readonly Dictionary<string, (int Id, int Version, DateOnly? Sitting)> _decisions;
    private readonly Dictionary<(string Body, DateOnly Date), Sitting> _sittings;
    private readonly List<Action> _undo = [];
    private readonly List<SearchEntry> _unindexed = [];
    private readonly HashSet<int> _touchedSittings = [];

    private DocumentStore(DeliberationsDb db, RowWriter rows, IDatabaseEngine engine, TermCalendar terms, HashSet<string> hashes, Dictionary<string, (int, int, DateOnly?)> decisions, Dictionary<(string, DateOnly), Sitting> sittings)
    {
        _db = db;
        _rows = rows;
        _engine = engine;
        _terms = terms;
        _hashes = hashes;
        _decisions = decisions;
        _sittings = sittings;
    }

    public static async Task<DocumentStore> LoadAsync(DeliberationsDb db, RowWriter rows, IDatabaseEngine engine, TermCalendar terms, CancellationToken cancellationToken)
    {
        var hashes = await db.Documents.Select(d => d.ContentHash).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.Select(d => new { d.Number, d.Id, Version = d.Versions.Max(v => (int?)v.Version) ?? 0, Sitting = (DateOnly?)d.Sitting!.Date }).ToListAsync(cancellationToken);
        var sittings = await db.Sittings.AsNoTracking().ToListAsync(cancellationToken);
        return new DocumentStore(
            db,
            rows,
            engine,
            terms,
            hashes.ToHashSet(StringComparer.Ordinal),
            decisions.ToDictionary(d => d.Number, d => (d.Id, d.Version, d.Sitting), StringComparer.Ordinal),
            sittings.ToDictionary(s => (s.Body, s.Date)));
    }

    /// <summary>Whether these exact bytes are stored already.</summary>
    public bool Holds(string hash) => _hashes.Contains(hash);

    /// <summary>The stage under way, so a failure can say which part of the document it cost.</summary>
    public ImportStage Stage { get; private set; }

    /// <summary>
    /// Stores the document, then each part of it that is not <paramref name="skipped"/> (stages that
    /// failed on an earlier try): what one stage cannot store never costs the others.
    /// </summary>
    /// <param name="notes">Diagnostics of the import itself, stored with the parser's.</param>
    public async Task<ImportOutcome> StoreAsync(ParsedFile file, string hash, ParsedExtract extract, SearchText search, OfficialWriter officials, FundingWriter catalog, IReadOnlySet<ImportStage> skipped, IReadOnlyList<Diagnostic> notes, CancellationToken cancellationToken)
    {
        Stage = ImportStage.Source;
        var document = new SourceDocument
        {
            FileName = Path.GetFileName(file.Path),
            ContentHash = hash,
            Text = extract.Source.Text,
            Encoding = extract.Source.Encoding,
            ImportedAt = DateTime.UtcNow,
            Status = DecisionMapper.StatusOf(extract),
        };
        _rows.Insert(document);
        Remember(_hashes, hash);
        WriteDiagnostics(document, extract.Diagnostics.Concat(notes));
        if (extract.Header.Number is not { } number)
        {
            return ImportOutcome.Unidentified;
        }

        if (skipped.Contains(ImportStage.Decision))
        {
            return ImportOutcome.Partial;
        }

        Stage = ImportStage.Decision;
        var known = _decisions.TryGetValue(number, out var stored);
        if (known && stored.Sitting is { } current && extract.Header.SessionDate is { } sitting && sitting < current)
        {
            // An older text arriving late (an archive imported again) joins the history as its first
            // version, without replacing the text of a later sitting, whatever the order of the files.
            _rows.Execute("UPDATE \"Documents\" SET \"Version\" = \"Version\" + 1 WHERE \"DecisionId\" = ?1", stored.Id);
            AddVersion(document, number, stored with { Version = stored.Version + 1 }, documentVersion: 1);
            WriteDiagnostics(document, [new Diagnostic(Severity.Info, "import-earlier-version", 0, $"Texte d'une séance antérieure ({sitting:dd/MM/yyyy}) à celle de la version en vigueur ({current:dd/MM/yyyy}) : gardé dans l'historique, sans la remplacer.")]);
            return ImportOutcome.Updated;
        }

        var decision = new Decision { Number = number, Title = "", CurrentDocumentId = document.Id };
        DecisionMapper.Fill(decision, extract);
        if (known)
        {
            decision.Id = stored.Id;
            await officials.Tallies.SubtractStoredAsync(stored.Id, cancellationToken);
            if (await _db.Decisions.Where(d => d.Id == stored.Id).Select(d => d.SittingId).SingleAsync(cancellationToken) is { } previous)
            {
                _touchedSittings.Add(previous);
            }

            await ClearPartsAsync(stored.Id, cancellationToken);
        }

        var (term, termNote) = TermOf(extract.Header);
        var date = extract.Header.SessionDate;
        decision.Sitting = date is { } day && term is { } t && termNote is null ? Sitting(extract.Header.Body ?? "Conseil", day, t, extract.Header.MembersInOffice) : null;
        decision.SittingDate = decision.Sitting?.Date;
        if (termNote is not null)
        {
            WriteDiagnostics(document, [termNote]);
        }

        if (term is { } termStart && !skipped.Contains(ImportStage.Officials))
        {
            Stage = ImportStage.Officials;
            officials.Attach(decision, document, extract, termStart);
            officials.Write(_rows);
        }

        if (!skipped.Contains(ImportStage.Funding))
        {
            Stage = ImportStage.Funding;
            catalog.Attach(decision, extract);
        }

        Stage = ImportStage.Decision;
        if (known)
        {
            _rows.Update(decision);
        }
        else
        {
            _rows.Insert(decision);
        }

        AddVersion(document, number, (decision.Id, stored.Version + 1, decision.Sitting?.Date ?? extract.Header.SessionDate));
        WriteParts(decision);
        officials.Tallies.Add(decision);
        if (decision.Sitting is { } written)
        {
            _touchedSittings.Add(written.Id);
        }
        if (!skipped.Contains(ImportStage.Officials))
        {
            Stage = ImportStage.Officials;
            await officials.ApplyAsync(cancellationToken);
        }

        Stage = ImportStage.Search;
        _unindexed.Add(search.For(decision));
        _undo.Add(() => _unindexed.RemoveAt(_unindexed.Count - 1));
        return skipped.Count > 0 ? ImportOutcome.Partial : known ? ImportOutcome.Updated : ImportOutcome.New;
    }

    /// <summary>Files the document as a version of the decision (its latest unless said), and remembers what the store now knows of the decision.</summary>
    private void AddVersion(SourceDocument document, string number, (int Id, int Version, DateOnly? Sitting) decision, int? documentVersion = null)
    {
        _rows.Execute("UPDATE \"Documents\" SET \"DecisionId\" = ?1, \"Version\" = ?2 WHERE \"Id\" = ?3", decision.Id, documentVersion ?? decision.Version, document.Id);
        Remember(_decisions, number, decision);
    }

    /// <summary>
    /// The term whose officials the document's names are joined to: the sitting's, else that of another
    /// date of the header, else (no date at all) the latest, said in a diagnostic each time it is not
    /// the sitting's. A sitting before the first known term joins no one: its officials are not known.
    /// </summary>
    private (DateOnly? Term, Diagnostic? Note) TermOf(Header header)
    {
        if (header.SessionDate is { } day)
        {
            return _terms.TermOf(day) is { } term
                ? (term, null)
                : (null, new Diagnostic(Severity.Warning, "import-no-term", 0, "Date de séance antérieure aux mandats connus : présences non rattachées aux élus."));
        }

        if (new[] { header.ConvocationDate, header.PostedDate, header.ReportDate }.FirstOrDefault(d => d is not null) is { } other)
        {
            return _terms.TermOf(other) is { } term
                ? (term, new Diagnostic(Severity.Info, "import-term-from-header", 0, $"Date de séance absente : les présences sont rattachées aux élus du mandat en cours le {other:dd/MM/yyyy}, autre date de l'en-tête."))
                : (null, new Diagnostic(Severity.Warning, "import-no-term", 0, "Date de séance absente et dates de l'en-tête antérieures aux mandats connus : présences non rattachées aux élus."));
        }

        return _terms.Starts.Count > 0
            ? (_terms.Starts[^1], new Diagnostic(Severity.Warning, "import-term-assumed", 0, "Aucune date dans l'en-tête : les présences sont rattachées aux élus du mandat le plus récent, à vérifier."))
            : (null, new Diagnostic(Severity.Warning, "import-no-term", 0, "Aucune date dans l'en-tête et aucun mandat configuré : présences non rattachées aux élus."));
    }

    /// <summary>
    /// Writes the full-text entries of the documents kept since the last call. Deferred to the end of
    /// a batch because FTS5 flushes its pending terms to a new segment at every savepoint: indexed
    /// inside each document's savepoint, every extract made a segment and kept the merger busy.
    /// </summary>
    public async Task IndexAsync(CancellationToken cancellationToken)
    {
        await _engine.IndexAsync(_db, _unindexed, cancellationToken);
        _unindexed.Clear();
    }

    /// <summary>The sittings the documents stored since the last call wrote decisions of, forgotten once taken.</summary>
    public IReadOnlyCollection<int> TakeTouchedSittings()
    {
        int[] touched = [.. _touchedSittings];
        _touchedSittings.Clear();
        return touched;
    }

    /// <summary>The document is kept: what was learnt of the store stays.</summary>
    public void Commit() => _undo.Clear();

    /// <summary>The document was rolled back: forget what it taught.</summary>
    public void Discard()
    {
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        _undo.Clear();
    }

    private void WriteDiagnostics(SourceDocument document, IEnumerable<Diagnostic> diagnostics)
    {
        var rows = diagnostics.Select(d => new DocumentDiagnostic { Severity = d.Severity, Code = d.Code, Line = d.Line, Message = d.Message });
        _rows.InsertAll(Owned(rows, d => d.DocumentId = document.Id));
    }

    /// <summary>Writes the decision's parts, each under the stage it belongs to, so that a failure names the right one.</summary>
    private void WriteParts(Decision decision)
    {
        foreach (var table in decision.BudgetTables)
        {
            table.DecisionId = decision.Id;
            _rows.Insert(table);
            _rows.InsertAll(Owned(table.Lines, line => line.TableId = table.Id));
        }

        _rows.InsertAll(Owned(decision.Articles, x => x.DecisionId = decision.Id));
        _rows.InsertAll(Owned(decision.Imputations, x => x.DecisionId = decision.Id));
        _rows.InsertAll(Owned(decision.Amendments, x => x.DecisionId = decision.Id));
        Stage = ImportStage.Officials;
        _rows.InsertAll(Owned(decision.Attendance, x => x.DecisionId = decision.Id));
        Stage = ImportStage.Funding;
        _rows.InsertAll(Owned(decision.Projects, x => x.DecisionId = decision.Id));
        _rows.InsertAll(Owned(decision.Grants, x => x.DecisionId = decision.Id));
    }

    /// <summary>The parts, each pointed at the row that owns them as it is written.</summary>
    private static IEnumerable<T> Owned<T>(IEnumerable<T> parts, Action<T> setOwner)
    {
        foreach (var part in parts)
        {
            setOwner(part);
            yield return part;
        }
    }

    /// <summary>The sitting of that body on that day; a new one is written with the decision that names it.</summary>
    private Sitting Sitting(string body, DateOnly date, DateOnly term, int? members)
    {
        if (!_sittings.TryGetValue((body, date), out var sitting))
        {
            sitting = new Sitting { Body = body, Date = date, TermStart = term, MembersInOffice = members };
            Remember(_sittings, (body, date), sitting);
        }
        else if (sitting.MembersInOffice is null && members is not null)
        {
            sitting.MembersInOffice = members;
            _rows.Update(sitting);
            _undo.Add(() => sitting.MembersInOffice = null);
        }

        return sitting;
    }

    private void Remember(HashSet<string> set, string value)
    {
        if (set.Add(value))
        {
            _undo.Add(() => set.Remove(value));
        }
    }

    private void Remember<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key, TValue value)
        where TKey : notnull
    {
        var had = map.TryGetValue(key, out var before);
        map[key] = value;
        _undo.Add(() =>
        {
            if (had)
            {
                map[key] = before!;
            }
            else
            {
                map.Remove(key);
            }
        });
    }

    private async Task ClearPartsAsync(int decisionId, CancellationToken cancellationToken)
    {
        await _db.Articles.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await _db.Attendance.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await _db.BudgetLines.Where(x => _db.BudgetTables.Any(t => t.Id == x.TableId && t.DecisionId == decisionId)).ExecuteDeleteAsync(cancellationToken);
        await _db.BudgetTables.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await _db.Imputations.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await _db.Amendments.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await _db.DecisionProjects.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await _db.Grants.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
    }
}
