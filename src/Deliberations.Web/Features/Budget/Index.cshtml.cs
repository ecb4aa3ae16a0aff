using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Budget;

/// <summary>
/// <c>/budget</c>: where the decisions book their money (imputations), filterable by financial year
/// and chapter, with totals and charts by year and by project; and every budget table of the reports.
/// </summary>
public sealed class IndexModel(DeliberationsDb db) : PageModel
{
    public const string Expense = "dépense";

    public sealed record ImputationLine(string Number, string Title, DateOnly? Date, decimal? Amount, string? Direction, string? Section, string? Budget, IReadOnlyList<int> Years, string? Chapter, string? Operation);

    public sealed record TableLine(string Number, DateOnly? Date, string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<decimal?> Totals);

    [BindProperty(SupportsGet = true, Name = "annee")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "chapitre")]
    public string? Chapter { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Chapters { get; private set; } = [];

    public IReadOnlyList<ImputationLine> Imputations { get; private set; } = [];

    public IReadOnlyList<TableLine> Tables { get; private set; } = [];

    public BarChartModel? ByYear { get; private set; }

    public BarChartModel? ByProject { get; private set; }

    public decimal? Expenses => Amounts.Total(Imputations.Where(i => i.Direction == Expense).Select(i => i.Amount));

    public decimal? Revenues => Amounts.Total(Imputations.Where(i => i.Direction != Expense).Select(i => i.Amount));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await db.Imputations.AsNoTracking()
            .Select(i => new ImputationLine(i.Decision!.Number, i.Decision.Title, i.Decision.Sitting == null ? null : i.Decision.Sitting.Date, i.Amount, i.Direction, i.Section, i.Budget, i.Years, i.Chapter, i.Operation))
            .ToListAsync(cancellationToken);
        Years = [.. all.SelectMany(i => i.Years).Distinct().OrderDescending()];
        Chapters = [.. all.Select(i => i.Chapter).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
        Imputations = [.. all
            .Where(i => Year is not { } y || i.Years.Contains(y))
            .Where(i => string.IsNullOrEmpty(Chapter) || i.Chapter == Chapter)
            .OrderByDescending(i => i.Date).ThenBy(i => i.Number, StringComparer.Ordinal)];

        ByYear = Chart("par-exercice", "Dépenses imputées par exercice", "Somme des dépenses imputées, par premier exercice budgétaire nommé.",
            all.Where(i => i.Direction == Expense && i.Years.Count > 0 && i.Amount is not null).GroupBy(i => i.Years[0]).OrderBy(g => g.Key)
                .Select(g => new ChartBar(g.Key.ToString(FrenchFormat.Culture), g.Sum(i => i.Amount!.Value))));

        var projects = await db.DecisionProjects.AsNoTracking().Where(p => p.Amount != null)
            .Select(p => new { p.Project!.Name, p.Amount }).ToListAsync(cancellationToken);
        ByProject = Chart("par-projet", "Budget par projet", "Budget des projets nommés dans les délibérations, les dix plus importants.",
            projects.GroupBy(p => p.Name).Select(g => new ChartBar(g.Key, g.Sum(p => p.Amount!.Value))).OrderByDescending(b => b.Value).Take(10));

        Tables = await db.BudgetTables.AsNoTracking()
            .OrderByDescending(t => t.Decision!.Sitting == null ? DateOnly.MinValue : t.Decision.Sitting.Date).ThenBy(t => t.Position)
            .Select(t => new TableLine(t.Decision!.Number, t.Decision.Sitting == null ? null : t.Decision.Sitting.Date, t.Caption, t.Columns, t.Lines.Where(l => l.IsTotal).OrderBy(l => l.Position).Select(l => l.Values).FirstOrDefault() ?? new List<decimal?>()))
            .ToListAsync(cancellationToken);
    }

    private static BarChartModel? Chart(string id, string title, string description, IEnumerable<ChartBar> bars)
    {
        var list = bars.ToList();
        return list.Count == 0 ? null : new BarChartModel(id, title, description, list);
    }
}
