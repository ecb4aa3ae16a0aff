using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Councils;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Import;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Home;

/// <summary>The front page: what the site holds, the latest sittings and decisions, the search box.</summary>
public sealed class IndexModel(DeliberationsDb db, TermCalendar terms) : PageModel
{
    /// <param name="Officials">The officials of the latest term only: each term is a record per official, so a sum over terms counts the re-elected twice.</param>
    /// <param name="Term">The latest term's start, null before any import.</param>
    public sealed record Totals(int Decisions, int Sittings, int Officials, DateOnly? Term, int Projects, int Organisations, int ToCheck);

    public sealed record SittingLine(DateOnly Date, string Body, int Decisions);

    public Totals Counts { get; private set; } = new(0, 0, 0, null, 0, 0, 0);

    /// <summary><c>mandat 2020-…</c>: what the officials' count counts.</summary>
    public string TermInline => Counts.Term is { } start ? TermLabel.Inline(terms, start) : "";

    public IReadOnlyList<SittingLine> LatestSittings { get; private set; } = [];

    public IReadOnlyList<DecisionSummary> LatestDecisions { get; private set; } = [];

    /// <summary>The councils other than the site's own that the store holds, each with its pages' address.</summary>
    public IReadOnlyList<(string Name, string Url)> OtherCouncils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var term = await db.Officials.MaxAsync(o => (DateOnly?)o.TermStart, cancellationToken);
        Counts = new Totals(
            await db.Decisions.CountAsync(cancellationToken),
            await db.Sittings.CountAsync(cancellationToken),
            await db.Officials.CountAsync(o => o.TermStart == term, cancellationToken),
            term,
            await db.Projects.CountAsync(cancellationToken),
            await db.Organisations.CountAsync(cancellationToken),
            // "Above Parsed", not "not Parsed": a range the status index serves, where the inequality read every document's text.
            await db.Documents.CountAsync(d => d.Status > ParseStatus.Parsed && (d.DecisionId == null || d.Decision!.CurrentDocumentId == d.Id), cancellationToken));
        LatestSittings = await db.Sittings.AsNoTracking().OrderByDescending(s => s.Date).Take(5)
            .Select(s => new SittingLine(s.Date, s.Body, s.DecisionCount)).ToListAsync(cancellationToken);
        OtherCouncils = await new CouncilDirectory(db).OthersAsync(cancellationToken);
        LatestDecisions = await db.Decisions.AsNoTracking()
            .PageNewestFirst(0, 10)
            .Select(DecisionSummary.FromEntity).ToListAsync(cancellationToken);
    }
}
