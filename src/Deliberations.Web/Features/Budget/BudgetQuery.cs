using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Budget;

/// <summary>One imputation and the decision that makes it: a row of <c>/budget</c> and of <c>/api/budget</c>.</summary>
public sealed record ImputationRecord(DecisionSummary Decision, decimal? Amount, string? Direction, string? Section, string? Budget, IReadOnlyList<int> Years, string? Chapter, string? Operation, string ArticleNumber);

/// <summary>One budget table of a report, with its total line (none: no value).</summary>
public sealed record BudgetTableRecord(DecisionSummary Decision, string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<decimal?> Totals);

/// <summary>
/// The budget's lists, of the site and of the API: imputations and tables, newest sitting first, then
/// in the order of the decisions' numbers and of their lines. A page is read among the sittings it
/// falls in (<see cref="SittingSpan"/>), found from the counts the import keeps per sitting, so a
/// page costs the same at any number; ordering the whole register's imputations per request took
/// up to 1.5 s at 200,000 extracts.
/// </summary>
public sealed class BudgetQuery(DeliberationsDb db)
{
    /// <param name="page">Chooses the page once the total is known: the site clamps it to the pages that exist, the API does not.</param>
    public async Task<PagedList<ImputationRecord>> ImputationsAsync(BudgetFacts facts, int? year, string? chapter, Func<int, Paging> page, CancellationToken cancellationToken)
    {
        var sittings = facts.ImputationsBySitting(year, chapter);
        var paging = page(sittings.Sum(s => s.Count));
        var span = SittingSpan.Of(sittings, paging.Skip, paging.PageSize);
        var rows = await BudgetFacts.Filtered(db, year, chapter)
            .Where(i => EF.MultipleParameters(span.SittingIds).Contains(i.Decision!.SittingId))
            .OrderByDescending(i => i.Decision!.SittingDate).ThenBy(i => i.Decision!.OrderKey).ThenBy(i => i.Id)
            .Skip(span.Skip).Take(paging.PageSize)
            .Select(i => new ImputationRecord(
                new DecisionSummary(i.Decision!.Number, i.Decision.Title, i.Decision.SittingDate, i.Decision.Sitting == null ? null : i.Decision.Sitting.Body),
                i.Amount, i.Direction, i.Section, i.Budget, i.Years, i.Chapter, i.Operation, i.ArticleNumber))
            .ToListAsync(cancellationToken);
        return new PagedList<ImputationRecord>(rows, paging);
    }

    public async Task<PagedList<BudgetTableRecord>> TablesAsync(Func<int, Paging> page, CancellationToken cancellationToken)
    {
        var sittings = await db.Sittings.AsNoTracking()
            .Where(s => s.BudgetTableCount > 0)
            .Select(s => new SittingCount(s.Id, s.Date, s.BudgetTableCount))
            .ToListAsync(cancellationToken);
        var undated = await db.Decisions.Where(d => d.SittingId == null).SumAsync(d => d.BudgetTables.Count, cancellationToken);
        sittings.Add(new SittingCount(null, null, undated));

        var paging = page(sittings.Sum(s => s.Count));
        var span = SittingSpan.Of(sittings, paging.Skip, paging.PageSize);
        var rows = await db.BudgetTables.AsNoTracking()
            .Where(t => EF.MultipleParameters(span.SittingIds).Contains(t.Decision!.SittingId))
            .OrderByDescending(t => t.Decision!.SittingDate).ThenBy(t => t.Decision!.OrderKey).ThenBy(t => t.Position)
            .Skip(span.Skip).Take(paging.PageSize)
            .Select(t => new BudgetTableRecord(
                new DecisionSummary(t.Decision!.Number, t.Decision.Title, t.Decision.SittingDate, t.Decision.Sitting == null ? null : t.Decision.Sitting.Body),
                t.Caption,
                t.Columns,
                t.Lines.Where(l => l.IsTotal).OrderBy(l => l.Position).Select(l => l.Values).FirstOrDefault() ?? new List<decimal?>()))
            .ToListAsync(cancellationToken);
        return new PagedList<BudgetTableRecord>(rows, paging);
    }
}
