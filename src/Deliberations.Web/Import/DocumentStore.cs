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
    private readonly TermCalendars _terms;
    private readonly HashSet<string> _hashes;
    private readonly Dictionary<(int Council, string Number), (int Id, int Version, DateOnly? Sitting)> _decisions;
    private readonly Dictionary<(int Council, string Body, DateOnly Date), Sitting> _sittings;
    private readonly List<Action> _undo = [];
    private readonly List<SearchEntry> _unindexed = [];
    private readonly HashSet<int> _touchedSittings = [];

    private DocumentStore(DeliberationsDb db, RowWriter rows, IDatabaseEngine engine, TermCalendars terms, HashSet<string> hashes, Dictionary<(int, string), (int, int, DateOnly?)> decisions, Dictionary<(int, string, DateOnly), Sitting> sittings)
    {
        _db = db;
        _rows = rows;
        _engine = engine;
        _terms = terms;
        _hashes = hashes;
        _decisions = decisions;
        _sittings = sittings;
    }

    public static async Task<DocumentStore> LoadAsync(DeliberationsDb db, RowWriter rows, IDatabaseEngine engine, TermCalendars terms, CancellationToken cancellationToken)
    {
        var hashes = await db.Documents.Select(d => d.ContentHash).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.Select(d => new { d.CouncilId, d.Number, d.Id, Version = d.Versions.Max(v => (int?)v.Version) ?? 0, Sitting = (DateOnly?)d.Sitting!.Date }).ToListAsync(cancellationToken);
        var sittings = await db.Sittings.AsNoTracking().ToListAsync(cancellationToken);
        return new DocumentStore(
            db,
            rows,
            engine,
            terms,
            hashes.ToHashSet(StringComparer.Ordinal),
            decisions.ToDictionary(d => (d.CouncilId, d.Number), d => (d.Id, d.Version, d.Sitting)),
            sittings.ToDictionary(s => (s.CouncilId, s.Body, s.Date)));
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
    /// <param name="council">The council the document belongs to (<see cref="CouncilBook"/>).</param>
    public async Task<ImportOutcome> StoreAsync(ParsedFile file, string hash, ParsedExtract extract, SearchText search, int council, OfficialWriter officials, FundingWriter catalog, IReadOnlySet<ImportStage> skipped, IReadOnlyList<Diagnostic> notes, CancellationToken cancellationToken)
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
        if (extract.Kind == DocumentKind.Minutes)
        {
            return await StoreMinutesAsync(document, extract, council, officials, catalog, skipped, cancellationToken);
        }

        if (extract.Header.Number is not { } number)
        {
            return ImportOutcome.Unidentified;
        }

        return skipped.Contains(ImportStage.Decision)
            ? ImportOutcome.Partial
            : await StoreDecisionAsync(document, (council, number), extract, search, officials, catalog, skipped, ownsDocument: true, cancellationToken);
    }

    /// <summary>
    /// Each decision of a sitting's minutes, the document being the current text of all of them (and the
    /// version of the first). Minutes whose sitting has no date are kept as text and diagnostics alone.
    /// </summary>
    private async Task<ImportOutcome> StoreMinutesAsync(SourceDocument document, ParsedExtract minutes, int council, OfficialWriter officials, FundingWriter catalog, IReadOnlySet<ImportStage> skipped, CancellationToken cancellationToken)
    {
        var items = MinutesItems.Split(minutes);
        if (items.Count == 0)
        {
            // Stored unidentified already: minutes are filed by their sitting's date (ParsedExtract.IsIdentified).
            WriteDiagnostics(document, [new Diagnostic(Severity.Warning, "import-minutes-undated", 0, "Procès-verbal sans date de séance lisible : ses délibérations ne sont pas enregistrées une à une ; le texte et ce qui en a été lu restent consultables.")]);
            return ImportOutcome.Unidentified;
        }

        if (skipped.Contains(ImportStage.Decision))
        {
            return ImportOutcome.Partial;
        }

        var outcomes = new List<ImportOutcome>();
        foreach (var item in items)
        {
            outcomes.Add(await StoreDecisionAsync(document, (council, item.Header.Number!), item, SearchText.Of(item), officials, catalog, skipped, ownsDocument: outcomes.Count == 0, cancellationToken));
        }

        return outcomes.Contains(ImportOutcome.Partial) ? ImportOutcome.Partial
            : outcomes.Contains(ImportOutcome.New) ? ImportOutcome.New
            : ImportOutcome.Updated;
    }

    /// <param name="ownsDocument">Whether the document is filed as a version of this decision: of a sitting's minutes, only the first one's.</param>
    private async Task<ImportOutcome> StoreDecisionAsync(SourceDocument document, (int Council, string Number) number, ParsedExtract extract, SearchText search, OfficialWriter officials, FundingWriter catalog, IReadOnlySet<ImportStage> skipped, bool ownsDocument, CancellationToken cancellationToken)
    {
        Stage = ImportStage.Decision;
        var known = _decisions.TryGetValue(number, out var stored);
        if (known && stored.Sitting is { } current && extract.Header.SessionDate is { } sitting && sitting < current)
        {
            // An older text arriving late (an archive imported again) joins the history as its first
            // version, without replacing the text of a later sitting, whatever the order of the files.
            if (ownsDocument)
            {
                _rows.Execute("UPDATE \"Documents\" SET \"Version\" = \"Version\" + 1 WHERE \"DecisionId\" = ?1", stored.Id);
                AddVersion(document, number, stored with { Version = stored.Version + 1 }, documentVersion: 1);
                WriteDiagnostics(document, [new Diagnostic(Severity.Info, "import-earlier-version", 0, $"Texte d'une séance antérieure ({sitting:dd/MM/yyyy}) à celle de la version en vigueur ({current:dd/MM/yyyy}) : gardé dans l'historique, sans la remplacer.")]);
            }

            return ImportOutcome.Updated;
        }

        var decision = new Decision { CouncilId = number.Council, Number = number.Number, Title = "", CurrentDocumentId = document.Id };
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

        var (term, termNote) = TermOf(_terms.For(number.Council), extract.Header);
        var date = extract.Header.SessionDate;
        decision.Sitting = date is { } day && term is { } t && termNote is null ? Sitting(number.Council, extract.Header.Body ?? "Conseil", day, t, extract.Header.MembersInOffice) : null;
        decision.SittingDate = decision.Sitting?.Date;
        if (termNote is not null && ownsDocument)
        {
            WriteDiagnostics(document, [termNote]);
        }

        if (term is { } termStart && !skipped.Contains(ImportStage.Officials))
        {
            Stage = ImportStage.Officials;
            officials.Attach(decision, document, extract, new CouncilTerm(number.Council, termStart));
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

        var version = (decision.Id, stored.Version + 1, decision.Sitting?.Date ?? extract.Header.SessionDate);
        if (ownsDocument)
        {
            AddVersion(document, number, version);
        }
        else
        {
            Remember(_decisions, number, version);
        }

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
    private void AddVersion(SourceDocument document, (int Council, string Number) number, (int Id, int Version, DateOnly? Sitting) decision, int? documentVersion = null)
    {
        _rows.Execute("UPDATE \"Documents\" SET \"DecisionId\" = ?1, \"Version\" = ?2 WHERE \"Id\" = ?3", decision.Id, documentVersion ?? decision.Version, document.Id);
        Remember(_decisions, number, decision);
    }

    /// <summary>
    /// The term whose officials the document's names are joined to: the sitting's, else that of another
    /// date of the header, else (no date at all) the latest, said in a diagnostic each time it is not
    /// the sitting's. A sitting before the first known term joins no one: its officials are not known.
    /// </summary>
    private static (DateOnly? Term, Diagnostic? Note) TermOf(TermCalendar terms, Header header)
    {
        if (header.SessionDate is { } day)
        {
            return terms.TermOf(day) is { } term
                ? (term, null)
                : (null, new Diagnostic(Severity.Warning, "import-no-term", 0, "Date de séance antérieure aux mandats connus : présences non rattachées aux élus."));
        }

        if (new[] { header.ConvocationDate, header.PostedDate, header.ReportDate }.FirstOrDefault(d => d is not null) is { } other)
        {
            return terms.TermOf(other) is { } term
                ? (term, new Diagnostic(Severity.Info, "import-term-from-header", 0, $"Date de séance absente : les présences sont rattachées aux élus du mandat en cours le {other:dd/MM/yyyy}, autre date de l'en-tête."))
                : (null, new Diagnostic(Severity.Warning, "import-no-term", 0, "Date de séance absente et dates de l'en-tête antérieures aux mandats connus : présences non rattachées aux élus."));
        }

        return terms.Starts.Count > 0
            ? (terms.Starts[^1], new Diagnostic(Severity.Warning, "import-term-assumed", 0, "Aucune date dans l'en-tête : les présences sont rattachées aux élus du mandat le plus récent, à vérifier."))
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
    private Sitting Sitting(int council, string body, DateOnly date, DateOnly term, int? members)
    {
        if (!_sittings.TryGetValue((council, body, date), out var sitting))
        {
            sitting = new Sitting { CouncilId = council, Body = body, Date = date, TermStart = term, MembersInOffice = members };
            Remember(_sittings, (council, body, date), sitting);
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
