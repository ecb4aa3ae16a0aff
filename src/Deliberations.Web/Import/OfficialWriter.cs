using Deliberations.Core.Model;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Import.Rows;
using Deliberations.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Links a document's attendance and header to officials: runs the reconciler, creates the new
/// officials and spellings with their reasons, and keeps the in-memory registry in step once the
/// document is committed.
/// </summary>
public sealed class OfficialWriter(DeliberationsDb db, OfficialRegistry registry)
{
    private OfficialRegistry _registry = registry;

    /// <summary>The figures stored on officials, kept in step with the lines this import writes.</summary>
    public OfficialTallyBook Tallies { get; } = new(db);

    private readonly Dictionary<KnownOfficial, Official> _created = [];
    private readonly List<(Resolution Resolution, string Spelling)> _pending = [];
    private readonly HashSet<int> _touched = [];
    private readonly HashSet<int> _createdThisRun = [];
    private readonly Dictionary<KnownOfficial, string> _firstNames = [];
    private readonly List<(KnownOfficial Official, OfficialSpelling Row)> _spellings = [];

    /// <summary>
    /// The names of the last list reconciled in this document: the decisions of a sitting's minutes share
    /// one list, which must be joined once (officials it introduces are only known to the registry once
    /// the document is kept, and each decision would otherwise make them anew).
    /// </summary>
    private (CouncilTerm Term, Attendance List, Dictionary<PrintedName, Resolution> Resolutions)? _lastList;

    public void Attach(Decision decision, SourceDocument document, ParsedExtract extract, CouncilTerm term)
    {
        // Names are joined on the sitting's whole list (an item of minutes holds part of it), lines written from the item's.
        var sitting = extract.SittingAttendance;
        var a = extract.Attendance;
        var h = extract.Header;
        var headerPeople = new[] { h.Rapporteur, h.President, h.Secretary }.OfType<Person>();
        Dictionary<PrintedName, Resolution> resolutions;
        if (_lastList is { } last && last.Term == term && ReferenceEquals(last.List, sitting))
        {
            resolutions = last.Resolutions;
        }
        else
        {
            var listed = sitting.Present.Concat(sitting.Excused.Select(x => x.Person)).Concat(sitting.Unexcused).Select(Printed).ToList();
            var mentioned = sitting.Excused.Select(x => x.Proxy).OfType<Person>().Concat(headerPeople).Select(Printed).ToList();
            var complete = h.MembersInOffice is { } members && listed.Count >= members;
            resolutions = new OfficialReconciler(_registry.ByTerm).Resolve(term, listed, mentioned, complete);
            foreach (var resolution in resolutions.Values)
            {
                Record(resolution, document);
            }

            _lastList = (term, sitting, resolutions);
        }

        var position = 0;
        foreach (var p in a.Present)
        {
            decision.Attendance.Add(Entry(resolutions[Printed(p)], AttendanceStatus.Present, null, p, position++));
        }

        foreach (var x in a.Excused)
        {
            var holder = x.Proxy is { } proxy ? resolutions[Printed(proxy)] : null;
            decision.Attendance.Add(Entry(resolutions[Printed(x.Person)], AttendanceStatus.Excused, holder, x.Person, position++));
        }

        foreach (var p in a.Unexcused)
        {
            decision.Attendance.Add(Entry(resolutions[Printed(p)], AttendanceStatus.Unexcused, null, p, position++));
        }

        if (h.Rapporteur is { } r)
        {
            (decision.RapporteurId, decision.Rapporteur) = Link(resolutions[Printed(r)].Official);
        }

        if (h.President is { } pr)
        {
            (decision.PresidentId, decision.President) = Link(resolutions[Printed(pr)].Official);
        }

        if (h.Secretary is { } s)
        {
            (decision.SecretaryId, decision.Secretary) = Link(resolutions[Printed(s)].Official);
        }

        foreach (var person in headerPeople.Where(p => p.FirstName is not null))
        {
            GiveFirstName(resolutions[Printed(person)].Official, person.FirstName!);
        }
    }

    /// <summary>Writes the officials this document introduced, then the spellings it printed for the first time.</summary>
    public void Write(RowWriter rows)
    {
        foreach (var official in _created.Values.Where(o => o.Id == 0))
        {
            rows.Insert(official);
        }

        foreach (var (official, row) in _spellings)
        {
            row.OfficialId = _created.TryGetValue(official, out var created) ? created.Id : official.Id;
        }

        rows.InsertAll(_spellings.Select(s => s.Row));

        _spellings.Clear();
    }

    /// <summary>
    /// The changes to officials stored before this document: first names a header gives, and the earlier
    /// lines of a spelling that turned out to be someone else, moved to its own record.
    /// </summary>
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        foreach (var (official, firstName) in _firstNames)
        {
            await db.Officials.Where(o => o.Id == official.Id && o.FirstName == null).ExecuteUpdateAsync(u => u.SetProperty(o => o.FirstName, firstName), cancellationToken);
        }

        foreach (var (resolution, _) in _pending.Where(p => p.Resolution.Kind == ResolutionKind.Split))
        {
            var from = resolution.SplitFrom!;
            var to = _created[resolution.Official].Id;
            var printed = from.Spellings.Where(s => NameKey.Of(s) == resolution.Name.Key).ToList();
            await db.Attendance.Where(x => x.OfficialId == from.Id && printed.Contains(x.PrintedName)).ExecuteUpdateAsync(u => u.SetProperty(x => x.OfficialId, to), cancellationToken);
            Tallies.Recount(from.Id, to);
            await db.Spellings.Where(x => x.OfficialId == from.Id && x.Key == resolution.Name.Key).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public void Commit()
    {
        foreach (var (resolution, spelling) in _pending)
        {
            var official = resolution.Official;
            if (_created.TryGetValue(official, out var entity) && official.Id == 0)
            {
                official.Id = entity.Id;
                _registry.Add(official);
                _createdThisRun.Add(entity.Id);
            }

            if (resolution.SplitFrom is { } from)
            {
                from.Keys.Remove(resolution.Name.Key);
                from.Spellings.RemoveWhere(s => NameKey.Of(s) == resolution.Name.Key);
                _touched.Add(from.Id);
            }

            official.Keys.Add(resolution.Name.Key);
            official.Spellings.Add(spelling);
            _touched.Add(official.Id);
        }

        foreach (var official in _firstNames.Keys.Concat(_created.Where(c => c.Value.FirstName is not null).Select(c => c.Key)))
        {
            official.HasFirstName = true;
        }

        Tallies.Commit();
        Forget();
    }

    /// <summary>Reads the registry again after a batch was lost.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Discard();
        Tallies.Forget();
        _registry = await OfficialRegistry.LoadAsync(db, cancellationToken);
    }

    /// <summary>The document was rolled back: the officials it introduced give their slugs back.</summary>
    public void Discard()
    {
        foreach (var entity in _created.Values)
        {
            _registry.ReleaseSlug(entity.CouncilId, entity.Slug);
        }

        Tallies.Discard();
        Forget();
    }

    private void Forget()
    {
        _lastList = null;
        _created.Clear();
        _pending.Clear();
        _firstNames.Clear();
        _spellings.Clear();
    }

    /// <summary>The officials whose lines the documents committed since the last call changed, forgotten once taken.</summary>
    public IReadOnlyCollection<int> TakeTouched()
    {
        int[] touched = [.. _touched];
        _touched.Clear();
        return touched;
    }

    /// <summary>Names the officials by the spelling printed most often; those first seen in this run get a slug to match.</summary>
    public Task RefreshDisplayNamesAsync(IReadOnlyCollection<int> officialIds, CancellationToken cancellationToken) =>
        DisplayNames.RefreshAsync(db, officialIds, Reslug, cancellationToken);

    private void Reslug(Official official)
    {
        if (_createdThisRun.Contains(official.Id))
        {
            _registry.ReleaseSlug(official.CouncilId, official.Slug);
            official.Slug = _registry.ReserveSlug(official.CouncilId, SlugFor(official.Civility, official.Surname, official.TermStart));
        }
    }

    private void Record(Resolution resolution, SourceDocument document)
    {
        var official = resolution.Official;
        var spelling = resolution.Name.Spelling;
        if (official.Id == 0 && !_created.ContainsKey(official))
        {
            var entity = new Official
            {
                CouncilId = official.Term.Council,
                TermStart = official.Term.Start,
                Civility = official.Civility,
                Surname = spelling,
                SurnameKey = resolution.Name.Key,
                Slug = _registry.ReserveSlug(official.Term.Council, SlugFor(official.Civility, spelling, official.Term.Start)),
            };
            _created[official] = entity;
        }

        _pending.Add((resolution, spelling));
        if (official.Spellings.Contains(spelling) && resolution.Kind == ResolutionKind.Known)
        {
            return;
        }

        var reason = resolution.Kind == ResolutionKind.Known ? "Même nom, écrit autrement (accents, majuscules ou tirets)." : resolution.Reason;
        _spellings.Add((official, new OfficialSpelling { Spelling = spelling, Key = resolution.Name.Key, Reason = reason, FirstDocumentId = document.Id }));
    }

    private void GiveFirstName(KnownOfficial official, string firstName)
    {
        if (_created.TryGetValue(official, out var entity))
        {
            entity.FirstName ??= firstName;
        }
        else if (!official.HasFirstName)
        {
            _firstNames.TryAdd(official, firstName);
        }
    }

    private AttendanceEntry Entry(Resolution who, AttendanceStatus status, Resolution? holder, Person printed, int position)
    {
        var entry = new AttendanceEntry { Status = status, PrintedName = printed.Name, Position = position, Line = printed.Line };
        (entry.OfficialId, entry.Official) = Link(who.Official);
        if (holder is not null)
        {
            (var id, entry.ProxyHolder) = Link(holder.Official);
            entry.ProxyHolderId = id;
        }

        return entry;
    }

    private (int, Official?) Link(KnownOfficial official) =>
        _created.TryGetValue(official, out var entity) ? (0, entity) : (official.Id, null);

    private static PrintedName Printed(Person p) => new(p.Civility, p.Name);

    private static string SlugFor(string? civility, string surname, DateOnly term)
    {
        var prefix = civility switch
        {
            Person.Mister => "m-",
            Person.Madam => "mme-",
            _ => "",
        };
        return $"{prefix}{Slug.From(surname)}-{term.Year}";
    }
}
