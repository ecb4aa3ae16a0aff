using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Officials;

/// <summary>
/// Reads one official for every view of it: what the page <c>/elus/{slug}</c> and the API answer
/// <c>/api/elus/{slug}</c> both show (<see cref="RunAsync"/>), then the parts only one of them shows.
/// Each part is one small query keyed on the official's id, reading counts the import stored and
/// lists by key, so an official listed in 100,000 decisions costs about what one listed once does.
/// </summary>
public sealed class OfficialQuery(DeliberationsDb db)
{
    /// <summary>
    /// What is keyed on the official's id (found by slug within the council) is read without the
    /// council filter: an official is one council's, and so are their lines, sittings and decisions.
    /// The filter, a parameter no index holds, had SQLite read each row's council from the table:
    /// counting a president's 98,000 decisions took 229 ms at 200,000 extracts instead of 5.
    /// </summary>
    private IQueryable<Decision> Decisions => db.Decisions.IgnoreQueryFilters();

    private IQueryable<AttendanceEntry> Attendance => db.Attendance.IgnoreQueryFilters();

    private IQueryable<OfficialSitting> OfficialSittings => db.OfficialSittings.IgnoreQueryFilters();

    /// <summary>Slugs are lower case; anything else (an HTML tag, a quote) is simply not found.</summary>
    public async Task<OfficialRecord?> RunAsync(string slug, OfficialPages pages, CancellationToken cancellationToken)
    {
        var key = slug.ToLowerInvariant();
        var facts = await db.Officials.AsNoTracking()
            .Where(o => o.Slug == key)
            .Select(OfficialFacts.FromEntity)
            .FirstOrDefaultAsync(cancellationToken);
        if (facts is null)
        {
            return null;
        }

        var id = facts.Id;
        var spellings = await db.Spellings.AsNoTracking()
            .Where(s => s.OfficialId == id)
            .OrderBy(s => s.FirstDocumentId)
            .ThenBy(s => s.Id)
            .Select(s => new SpellingRow(s.Spelling, s.Reason, s.Printed))
            .ToListAsync(cancellationToken);
        var decisions = await DecisionsAsync(id, pages.Decisions(facts.Totals.Listed), cancellationToken);
        var reported = await NewestFirstAsync(Decisions.Where(d => d.RapporteurId == id), pages.Reported(facts.Totals.Reports), cancellationToken);
        return new OfficialRecord(facts, spellings, decisions, reported);
    }

    /// <summary>The decisions the official presided: nearly every decision of a term for a president, so paged.</summary>
    public async Task<PagedList<DecisionSummary>> PresidedAsync(int officialId, Func<int, Paging> page, CancellationToken cancellationToken)
    {
        var presided = Decisions.Where(d => d.PresidentId == officialId);
        return await NewestFirstAsync(presided, page(await presided.CountAsync(cancellationToken)), cancellationToken);
    }

    /// <summary>The votes the official carried, newest decision first; <paramref name="paging"/>'s total is the stored count.</summary>
    public async Task<IReadOnlyList<ProxyLine>> HeldAsync(int officialId, Paging paging, CancellationToken cancellationToken)
    {
        var span = await SpanAsync(OfficialSittings.Where(s => s.OfficialId == officialId).Select(s => new SittingCount(s.SittingId, s.Sitting!.Date, s.ProxiesHeld)), paging, cancellationToken);
        return await ProxyLinesAsync(Attendance.Where(a => a.ProxyHolderId == officialId && EF.MultipleParameters(span.SittingIds).Contains(a.Decision!.SittingId)), held: true, span.Skip, paging.PageSize, cancellationToken);
    }

    /// <summary>The votes the official gave while absent, newest decision first; <paramref name="paging"/>'s total is the stored count.</summary>
    public async Task<IReadOnlyList<ProxyLine>> GivenAsync(int officialId, Paging paging, CancellationToken cancellationToken)
    {
        var span = await SpanAsync(OfficialSittings.Where(s => s.OfficialId == officialId).Select(s => new SittingCount(s.SittingId, s.Sitting!.Date, s.ProxiesGiven)), paging, cancellationToken);
        return await ProxyLinesAsync(Attendance.Where(a => a.OfficialId == officialId && a.ProxyHolderId != null && EF.MultipleParameters(span.SittingIds).Contains(a.Decision!.SittingId)), held: false, span.Skip, paging.PageSize, cancellationToken);
    }

    /// <summary>
    /// Whose votes the official carried in the given decisions (a page of their list), by decision
    /// number: the decisions found by number first, then their lines on the proxy holder's index,
    /// which holds only the lines of a proxy, by decision.
    /// </summary>
    public async Task<ILookup<string, OfficialName>> CarriedInAsync(int officialId, IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var wanted = numbers.ToList();
        var decisionIds = await db.Decisions.Where(d => wanted.Contains(d.Number)).Select(d => d.Id).ToListAsync(cancellationToken);
        var rows = await Attendance.AsNoTracking()
            .Where(a => a.ProxyHolderId == officialId && decisionIds.Contains(a.DecisionId))
            .OrderBy(a => a.Position)
            .Select(a => new { a.Decision!.Number, From = new OfficialName(a.Official!.Slug, a.Official.Civility, a.Official.FirstName, a.Official.Surname) })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.Number, r => r.From, StringComparer.Ordinal);
    }

    /// <summary>The proxies given and held, counted per colleague on the lines of a proxy only (their indexes hold both officials).</summary>
    public async Task<ProxyCounts> ProxiesAsync(int officialId, CancellationToken cancellationToken)
    {
        var given = await CountByOfficialAsync(
            Attendance.Where(a => a.OfficialId == officialId && a.ProxyHolderId != null).Select(a => a.ProxyHolderId!.Value),
            cancellationToken);
        var held = await CountByOfficialAsync(
            Attendance.Where(a => a.ProxyHolderId == officialId).Select(a => a.OfficialId),
            cancellationToken);
        return new ProxyCounts(given, held);
    }

    /// <summary>The sittings whose lists name the official, newest first, with the counts the import stored for each.</summary>
    public Task<PagedList<OfficialSittingRow>> SittingsAsync(int officialId, int? page, int pageSize, CancellationToken cancellationToken) =>
        PagedList<OfficialSittingRow>.LoadAsync(
            OfficialSittings.AsNoTracking()
                .Where(s => s.OfficialId == officialId && s.Listed > 0)
                .OrderByDescending(s => s.Sitting!.Date)
                .ThenBy(s => s.Sitting!.Body)
                .Select(s => new OfficialSittingRow(s.Sitting!.Date, s.Sitting.Body, s.Listed, s.Present, s.Excused, s.Unexcused)),
            page,
            pageSize,
            cancellationToken);

    /// <summary>The official's sittings summed by month, in no order.</summary>
    public async Task<IReadOnlyList<MonthFigures>> MonthsAsync(int officialId, CancellationToken cancellationToken) =>
        await OfficialSittings.AsNoTracking()
            .Where(s => s.OfficialId == officialId && s.Listed > 0)
            .GroupBy(s => new { s.Sitting!.Date.Year, s.Sitting.Date.Month })
            .Select(g => new MonthFigures(g.Key.Year, g.Key.Month, g.Sum(s => s.Listed), g.Sum(s => s.Present)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The same name in other terms. Nothing in the extracts says whether M. Bernard of 2018 is the
    /// president of 2021, so the page links them without claiming they are one person.
    /// </summary>
    public async Task<IReadOnlyList<SameNameRow>> SameNameAsync(OfficialFacts official, CancellationToken cancellationToken)
    {
        var civility = official.Name.Civility;
        var personKey = official.PersonKey;
        return await db.Officials.AsNoTracking()
            .Where(o => o.SurnameKey == official.SurnameKey && o.Civility == civility && o.TermStart != official.TermStart)
            .OrderByDescending(o => o.TermStart)
            .Select(o => new SameNameRow(
                new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname),
                o.TermStart,
                personKey != null && o.PersonKey == personKey))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One page of the official's lines, read among the decisions of the sittings it spans
    /// (<see cref="SpanAsync"/>), as the proxy lists are. The planner reads the span's decisions and
    /// the official's line in each, when its statistics count every row
    /// (<see cref="IDatabaseEngine.RefreshStatisticsAsync"/>): on sampled ones SQLite read every line of
    /// the official (170 – 370 ms for the busiest at 200,000 extracts).
    /// </summary>
    private async Task<PagedList<OfficialLine>> DecisionsAsync(int officialId, Paging paging, CancellationToken cancellationToken)
    {
        var span = await SpanAsync(OfficialSittings.Where(s => s.OfficialId == officialId).Select(s => new SittingCount(s.SittingId, s.Sitting!.Date, s.Listed)), paging, cancellationToken);
        var rows = await NewestFirst(Attendance.AsNoTracking().Where(a => a.OfficialId == officialId && EF.MultipleParameters(span.SittingIds).Contains(a.Decision!.SittingId)))
            .Skip(span.Skip)
            .Take(paging.PageSize)
            .Select(a => new OfficialLine(
                new DecisionSummary(a.Decision!.Number, a.Decision.Title, a.Decision.SittingDate, a.Decision.Sitting == null ? null : a.Decision.Sitting.Body),
                a.Status,
                a.PrintedName,
                a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname)))
            .ToListAsync(cancellationToken);
        return new PagedList<OfficialLine>(rows, paging);
    }

    /// <summary>
    /// The sittings one page of an official's list spans (<see cref="SittingSpan"/>, from the list's
    /// counts per sitting that the import keeps), and how many of their lines come before the page:
    /// the page is then read among these sittings' lines alone. Filtering all of the official's lines
    /// by sitting read 100,000 of them for the busiest official at 200,000 extracts, and sorting all
    /// of their proxies 6,000 lines for each list. Lines of undated decisions are the rest of the
    /// list's total, after every sitting.
    /// </summary>
    private static async Task<SittingSpan> SpanAsync(IQueryable<SittingCount> counts, Paging paging, CancellationToken cancellationToken)
    {
        var sittings = (await counts.ToListAsync(cancellationToken)).Where(c => c.Count > 0).ToList();
        sittings.Add(new SittingCount(null, null, Math.Max(0, paging.Total - sittings.Sum(s => s.Count))));
        return SittingSpan.Of(sittings, paging.Skip, paging.PageSize);
    }

    /// <summary>
    /// A page of decisions in the order of every list, chosen on the index of the role, sitting date and
    /// number: through the join to the sittings, the president of 98,000 decisions took 290 ms at 200,000 extracts.
    /// </summary>
    private static async Task<PagedList<DecisionSummary>> NewestFirstAsync(IQueryable<Decision> decisions, Paging paging, CancellationToken cancellationToken)
    {
        var rows = await decisions.AsNoTracking().PageNewestFirst(paging.Skip, paging.PageSize).Select(DecisionSummary.FromEntity).ToListAsync(cancellationToken);
        return new PagedList<DecisionSummary>(rows, paging);
    }

    /// <summary>
    /// A page of proxy lines with the colleague on the other end: the giver for a vote
    /// <paramref name="held"/>, else the holder. Both lists are read on the filtered proxy indexes,
    /// which hold an official's proxies alone (6,000 for the busiest at 200,000 extracts), so they are
    /// filtered by sitting in the query itself: a page spans sparse proxies over many sittings, and
    /// asking those sittings' decisions first sent 14,000 ids back to the database (half the page's time).
    /// </summary>
    private static async Task<IReadOnlyList<ProxyLine>> ProxyLinesAsync(IQueryable<AttendanceEntry> lines, bool held, int skip, int take, CancellationToken cancellationToken) =>
        await NewestFirst(lines.AsNoTracking())
            .Skip(skip)
            .Take(take)
            .Select(a => new ProxyLine(
                new DecisionSummary(a.Decision!.Number, a.Decision.Title, a.Decision.SittingDate, a.Decision.Sitting == null ? null : a.Decision.Sitting.Body),
                held
                    ? new OfficialName(a.Official!.Slug, a.Official.Civility, a.Official.FirstName, a.Official.Surname)
                    : new OfficialName(a.ProxyHolder!.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Lines in the order of every list of decisions: newest sitting (undated last), then highest
    /// number, then as the list prints them. The date is sorted as an expression no index holds, so
    /// the official's lines are found first and then sorted: sorted on the column, PostgreSQL walked
    /// every decision newest first and looked for the official's lines in each (15,000 probes for a
    /// page of the busiest official's proxies, 16 – 97 ms, against 2 – 3 ms).
    /// </summary>
    private static IOrderedQueryable<AttendanceEntry> NewestFirst(IQueryable<AttendanceEntry> lines) =>
        lines.OrderByDescending(a => a.Decision!.SittingDate ?? DateOnly.MinValue).ThenByDescending(a => a.Decision!.OrderKey).ThenBy(a => a.Position);

    /// <summary>Counts the given officials' ids, then names them, most frequent first, then by surname.</summary>
    private async Task<IReadOnlyList<ProxyCount>> CountByOfficialAsync(IQueryable<int> officialIds, CancellationToken cancellationToken)
    {
        var counts = await officialIds
            .GroupBy(id => id)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .Join(db.Officials.IgnoreQueryFilters(), c => c.Id, o => o.Id, (c, o) => new { Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.SurnameKey, c.Count })
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.SurnameKey)
            .ToListAsync(cancellationToken);
        return [.. counts.Select(p => new ProxyCount(p.Name, p.Count))];
    }
}
