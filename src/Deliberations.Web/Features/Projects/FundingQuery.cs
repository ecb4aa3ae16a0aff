using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Projects;

/// <summary>
/// Reads a project or an organisation with one page of the decisions that fund it: from its links to
/// their decisions (the link's index, then each decision by key), newest sitting first as every list of
/// decisions. Asked the other way round, "decisions with a grant to it" read every decision, 0.87 s at
/// 20,000 extracts; read whole, the page of an organisation with 2,300 grants took 84 ms at 200,000.
/// The total is the one the import keeps, not a sum of the page.
/// </summary>
public sealed class FundingQuery(DeliberationsDb db)
{
    /// <summary>Decisions a page shows at once, as the other lists of the site.</summary>
    public const int PageSize = 50;

    public async Task<ProjectRecord?> ProjectAsync(string slug, Func<int, Paging> page, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name, p.Total }).FirstOrDefaultAsync(cancellationToken);
        if (project is null)
        {
            return null;
        }

        var links = db.DecisionProjects.AsNoTracking().Where(l => l.ProjectId == project.Id)
            .OrderByDescending(l => l.Decision!.SittingDate).ThenByDescending(l => l.Decision!.OrderKey).ThenBy(l => l.Line)
            .Select(ProjectMention.FromEntity);
        return new ProjectRecord(slug, project.Name, project.Total, await PagedList<ProjectMention>.LoadAsync(links, page, cancellationToken));
    }

    public async Task<OrganisationRecord?> OrganisationAsync(string slug, Func<int, Paging> page, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name, o.Acronym, o.Total }).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var grants = db.Grants.AsNoTracking().Where(g => g.OrganisationId == organisation.Id)
            .OrderByDescending(g => g.Decision!.SittingDate).ThenByDescending(g => g.Decision!.OrderKey).ThenBy(g => g.Line)
            .Select(GrantMention.FromEntity);
        return new OrganisationRecord(slug, organisation.Name, organisation.Acronym, organisation.Total, await PagedList<GrantMention>.LoadAsync(grants, page, cancellationToken));
    }

    /// <summary>Every grant of the register, oldest sitting first then by number and line: what the grant exports stream.</summary>
    public IAsyncEnumerable<GrantMention> AllGrants() =>
        db.Grants.AsNoTracking()
            .OrderBy(g => g.Decision!.SittingDate).ThenBy(g => g.Decision!.OrderKey).ThenBy(g => g.Line)
            .Select(GrantMention.FromEntity)
            .AsAsyncEnumerable();
}
