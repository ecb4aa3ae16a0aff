using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Budget;

/// <summary>Sums of the imputations a filter selects: expenses, revenues, how many lines.</summary>
public sealed record BudgetTotals(int Count, decimal? Expenses, decimal? Revenues);

/// <summary>
/// What <c>/budget</c> says of the imputations as a whole, asked of the database in grouped queries
/// on the imputations alone: the years and chapters to filter on, the totals of a filter and the
/// expenses by financial year. Loading every imputation to sum it in memory made the page 0.4 s at
/// 20,000 extracts, and its HTML grew with the register.
/// </summary>
public static class BudgetFacts
{
    public const string Expense = "dépense";

    /// <summary>The imputations of a financial year (any of those they name) and a chapter, either left out.</summary>
    public static IQueryable<DecisionImputation> Filtered(DeliberationsDb db, int? year, string? chapter)
    {
        var imputations = db.Imputations.AsNoTracking();
        if (year is { } y)
        {
            imputations = imputations.Where(i => i.Years.Contains(y));
        }

        return string.IsNullOrEmpty(chapter) ? imputations : imputations.Where(i => i.Chapter == chapter);
    }

    /// <summary>
    /// Every year any imputation names, read position by position in the lists (an imputation names
    /// one to three): flattening the lists in one query needs a lateral join, which SQLite lacks.
    /// </summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        var longest = await db.Imputations.MaxAsync(i => (int?)i.Years.Count, cancellationToken) ?? 0;
        var years = new SortedSet<int>();
        for (var position = 0; position < longest; position++)
        {
            var at = position;
            years.UnionWith(await db.Imputations.Where(i => i.Years.Count > at).Select(i => i.Years[at]).Distinct().ToListAsync(cancellationToken));
        }

        return [.. years.Reverse()];
    }

    public static async Task<IReadOnlyList<string>> ChaptersAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        var chapters = await db.Imputations.Where(i => i.Chapter != null).Select(i => i.Chapter!).Distinct().ToListAsync(cancellationToken);
        return [.. chapters.Order(StringComparer.Ordinal)];
    }

    public static async Task<BudgetTotals> TotalsAsync(IQueryable<DecisionImputation> imputations, CancellationToken cancellationToken)
    {
        var sums = await imputations
            .GroupBy(i => i.Direction == Expense)
            .Select(g => new { Expense = g.Key, Count = g.Count(), Stated = g.Count(i => i.Amount != null), Sum = g.Sum(i => i.Amount) })
            .ToListAsync(cancellationToken);

        // A sum of no stated amount is not zero euros: Amounts.Total says null, and so does this.
        decimal? Total(bool expense) => sums.FirstOrDefault(s => s.Expense == expense) is { Stated: > 0 } s ? s.Sum : null;
        return new BudgetTotals(sums.Sum(s => s.Count), Total(expense: true), Total(expense: false));
    }

    /// <summary>Expenses stated, by the first financial year each imputation names.</summary>
    public static async Task<IReadOnlyList<YearExpenses>> ExpensesByYearAsync(DeliberationsDb db, CancellationToken cancellationToken) =>
        await db.Imputations
            .Where(i => i.Direction == Expense && i.Year != null && i.Amount != null)
            .GroupBy(i => i.Year!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new YearExpenses(g.Key, g.Sum(i => i.Amount!.Value)))
            .ToListAsync(cancellationToken);
}

/// <summary>One financial year and its expenses.</summary>
public sealed record YearExpenses(int Year, decimal Amount);
