using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;

namespace Deliberations.Web.Features.Officials;

/// <summary>
/// The decisions whose header names the official as rapporteur or as president. A president presides
/// nearly every decision of a term, so both lists are paged.
/// </summary>
public static class HeaderRoles
{
    public static Task<PagedList<DecisionSummary>> ReportedAsync(DeliberationsDb db, int officialId, int? page, int pageSize, CancellationToken cancellationToken) =>
        Page(db.Decisions.Where(d => d.RapporteurId == officialId), page, pageSize, cancellationToken);

    public static Task<PagedList<DecisionSummary>> PresidedAsync(DeliberationsDb db, int officialId, int? page, int pageSize, CancellationToken cancellationToken) =>
        Page(db.Decisions.Where(d => d.PresidentId == officialId), page, pageSize, cancellationToken);

    private static Task<PagedList<DecisionSummary>> Page(IQueryable<Decision> decisions, int? page, int pageSize, CancellationToken cancellationToken) =>
        PagedList<DecisionSummary>.LoadAsync(
            decisions
                .OrderByDescending(d => d.Sitting == null ? (DateOnly?)null : d.Sitting.Date)
                .ThenByDescending(d => d.Number)
                .Select(DecisionSummary.FromEntity),
            page,
            pageSize,
            cancellationToken);
}
