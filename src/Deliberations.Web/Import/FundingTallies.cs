using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Counts again the figures stored on projects and organisations (<c>DecisionCount</c>, <c>Total</c>,
/// <c>Latest</c>), once at the end of an import. Grouped per request, <c>/projets</c> read every link
/// and grant with its decision and sitting: 120 ms at 20,000 extracts. There are a few hundred
/// projects and organisations, so all are counted, whichever the import touched.
/// </summary>
public static class FundingTallies
{
    public static async Task RefreshAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        await db.Projects.ExecuteUpdateAsync(
            u => u
                .SetProperty(p => p.DecisionCount, p => db.DecisionProjects.Count(l => l.ProjectId == p.Id))
                .SetProperty(p => p.Total, p => db.DecisionProjects.Any(l => l.ProjectId == p.Id && l.Amount != null)
                    ? db.DecisionProjects.Where(l => l.ProjectId == p.Id).Sum(l => l.Amount)
                    : null)
                .SetProperty(p => p.Latest, p => db.DecisionProjects.Where(l => l.ProjectId == p.Id).Max(l => l.Decision!.Sitting == null ? (DateOnly?)null : l.Decision.Sitting.Date)),
            cancellationToken);
        await db.Organisations.ExecuteUpdateAsync(
            u => u
                .SetProperty(o => o.DecisionCount, o => db.Grants.Count(g => g.OrganisationId == o.Id))
                .SetProperty(o => o.Total, o => db.Grants.Any(g => g.OrganisationId == o.Id && g.Amount != null)
                    ? db.Grants.Where(g => g.OrganisationId == o.Id).Sum(g => g.Amount)
                    : null)
                .SetProperty(o => o.Latest, o => db.Grants.Where(g => g.OrganisationId == o.Id).Max(g => g.Decision!.Sitting == null ? (DateOnly?)null : g.Decision.Sitting.Date)),
            cancellationToken);
    }
}
