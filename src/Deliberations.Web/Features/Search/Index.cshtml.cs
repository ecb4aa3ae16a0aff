using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// <c>/recherche?q=</c>: decisions by full text (ranked, with snippets), and officials, projects
/// and organisations whose names match, typos forgiven. Any input is only ever words.
/// Not cached: the queries are whatever anyone types, so an entry would rarely be asked for twice.
/// </summary>
[OutputCache(NoStore = true)]
public sealed class IndexModel(DeliberationsDb db, IDatabaseEngine engine) : PageModel
{
    /// <summary>Longer input is cut: no one types more, and it keeps every search cheap.</summary>
    public const int MaxQueryLength = 200;

    public const int MaxDecisions = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<DecisionHit> Decisions { get; private set; } = [];

    public IReadOnlyList<OfficialHit> Officials { get; private set; } = [];

    public IReadOnlyList<NamedHit> Projects { get; private set; } = [];

    public IReadOnlyList<NamedHit> Organisations { get; private set; } = [];

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim() is { Length: > MaxQueryLength } typed ? typed[..MaxQueryLength] : Query?.Trim();
        if (!HasQuery)
        {
            return;
        }

        var hits = await engine.SearchAsync(db, Query!, MaxDecisions, cancellationToken);
        var numbers = hits.Select(h => h.Number).ToList();
        var summaries = await db.Decisions.AsNoTracking().Where(d => numbers.Contains(d.Number)).Select(DecisionSummary.FromEntity)
            .ToDictionaryAsync(d => d.Number, cancellationToken);
        Decisions = [.. hits.Where(h => summaries.ContainsKey(h.Number)).Select(h => new DecisionHit(summaries[h.Number], h.Snippet))];

        var words = NameMatcher.Words(Query!);
        var officials = await db.Officials.AsNoTracking()
            .Select(o => new { Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.TermStart, Spellings = o.Spellings.Select(s => s.Spelling).ToList() })
            .ToListAsync(cancellationToken);
        Officials = [.. officials
            .Where(o => o.Spellings.Append(o.Name.Surname).Any(s => NameMatcher.Matches(words, $"{o.Name.FirstName} {s}")))
            .OrderBy(o => o.Name.Surname, StringComparer.Create(FrenchFormat.Culture, true)).ThenByDescending(o => o.TermStart)
            .Select(o => new OfficialHit(o.Name, o.TermStart))];

        var projects = await db.Projects.AsNoTracking().Select(p => new { p.Name, p.Slug }).ToListAsync(cancellationToken);
        Projects = [.. projects.Where(p => NameMatcher.Matches(words, p.Name)).Select(p => new NamedHit(p.Name, Routes.Project(p.Slug)))];
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Name, o.Acronym, o.Slug }).ToListAsync(cancellationToken);
        Organisations = [.. organisations
            .Where(o => NameMatcher.Matches(words, $"{o.Name} {o.Acronym}"))
            .Select(o => new NamedHit(o.Acronym is null ? o.Name : $"{o.Name} ({o.Acronym})", Routes.Organisation(o.Slug)))];
    }
}
