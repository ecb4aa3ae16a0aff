using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Projects;

/// <summary>
/// Reads a project or an organisation with the decisions that fund it. The decisions are read from the
/// links by key (IN): asked the other way round, "decisions with a grant to it" read every decision,
/// 0.87 s at 20,000 extracts.
/// </summary>
public sealed class FundingQuery(DeliberationsDb db)
{
    public async Task<ProjectRecord?> ProjectAsync(string slug, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (project is null)
        {
            return null;
        }

        var naming = db.DecisionProjects.Where(l => l.ProjectId == project.Id).Select(l => l.DecisionId);
        var decisions = await DecisionsAsync(naming, cancellationToken);
        var links = await db.DecisionProjects.AsNoTracking().Where(l => l.ProjectId == project.Id)
            .Select(l => new { l.Decision!.Number, l.Amount, l.Source }).ToListAsync(cancellationToken);
        return new ProjectRecord(slug, project.Name, NewestFirst(links.Select(l => new ProjectMention(decisions[l.Number], l.Amount, l.Source)), m => m.Decision));
    }

    public async Task<OrganisationRecord?> OrganisationAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name, o.Acronym }).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var granting = db.Grants.Where(g => g.OrganisationId == organisation.Id).Select(g => g.DecisionId);
        var decisions = await DecisionsAsync(granting, cancellationToken);
        var grants = await db.Grants.AsNoTracking().Where(g => g.OrganisationId == organisation.Id)
            .Select(g => new { g.Decision!.Number, g.Amount, g.Nature }).ToListAsync(cancellationToken);
        return new OrganisationRecord(slug, organisation.Name, organisation.Acronym, NewestFirst(grants.Select(g => new GrantMention(decisions[g.Number], g.Amount, g.Nature)), g => g.Decision));
    }

    private Task<Dictionary<string, DecisionSummary>> DecisionsAsync(IQueryable<int> ids, CancellationToken cancellationToken) =>
        db.Decisions.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(DecisionSummary.FromEntity).ToDictionaryAsync(d => d.Number, cancellationToken);

    private static List<T> NewestFirst<T>(IEnumerable<T> lines, Func<T, DecisionSummary> decision) =>
        [.. lines.OrderByDescending(l => decision(l).Date).ThenBy(l => decision(l).Number, StringComparer.Ordinal)];
}
