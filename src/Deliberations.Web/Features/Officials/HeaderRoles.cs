using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Counted and paged on the index of the role, sitting date and number alone: through the join to
    /// the sittings, the president of 98,000 decisions of a 200,000-extract store took 290 ms.
    /// </summary>
    private static async Task<PagedList<DecisionSummary>> Page(IQueryable<Decision> decisions, int? page, int pageSize, CancellationToken cancellationToken)
    {
        var paging = Paging.Of(page, pageSize, await decisions.CountAsync(cancellationToken));
        var rows = await decisions.PageNewestFirst(paging.Skip, paging.PageSize).Select(DecisionSummary.FromEntity).ToListAsync(cancellationToken);
        return new PagedList<DecisionSummary>(rows, paging);
    }
}
