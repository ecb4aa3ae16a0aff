using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Projects;

/// <summary><c>/projets</c>: the named projects and the organisations that receive money, with what the decisions give them.</summary>
public sealed class IndexModel(DeliberationsDb db) : PageModel
{
    public sealed record Line(string Name, string Href, int Decisions, decimal? Total, DateOnly? Latest);

    public IReadOnlyList<Line> Projects { get; private set; } = [];

    public IReadOnlyList<Line> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var projectLinks = await db.DecisionProjects.AsNoTracking()
            .Select(l => new { l.Project!.Name, l.Project.Slug, l.Amount, Date = l.Decision!.Sitting == null ? (DateOnly?)null : l.Decision.Sitting.Date })
            .ToListAsync(cancellationToken);
        Projects = [.. projectLinks.GroupBy(l => (l.Name, l.Slug))
            .Select(g => new Line(g.Key.Name, Routes.Project(g.Key.Slug), g.Count(), Amounts.Total(g.Select(l => l.Amount)), g.Max(l => l.Date)))
            .OrderBy(l => l.Name, StringComparer.Create(FrenchFormat.Culture, true))];

        var grants = await db.Grants.AsNoTracking()
            .Select(g => new { g.Organisation!.Name, g.Organisation.Acronym, g.Organisation.Slug, g.Amount, Date = g.Decision!.Sitting == null ? (DateOnly?)null : g.Decision.Sitting.Date })
            .ToListAsync(cancellationToken);
        Organisations = [.. grants.GroupBy(g => (g.Name, g.Acronym, g.Slug))
            .Select(g => new Line(g.Key.Acronym is null ? g.Key.Name : $"{g.Key.Name} ({g.Key.Acronym})", Routes.Organisation(g.Key.Slug), g.Count(), Amounts.Total(g.Select(x => x.Amount)), g.Max(x => x.Date)))
            .OrderBy(l => l.Name, StringComparer.Create(FrenchFormat.Culture, true))];
    }
}
