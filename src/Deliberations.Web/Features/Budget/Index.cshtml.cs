using System.Globalization;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Charts;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Budget;

/// <summary>
/// <c>/budget</c>: where the decisions book their money (imputations), filterable by financial year
/// and chapter, with totals and charts by year and by project; and every budget table of the reports.
/// Both lists are paged: at 20,000 extracts they hold 17,000 imputations and 14,000 tables.
/// </summary>
public sealed class IndexModel(DeliberationsDb db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Query parameters of the two paged lists; each is also the anchor of its section.</summary>
    public const string ImputationsParameter = "imputations";
    public const string TablesParameter = "tableaux";

    [BindProperty(SupportsGet = true, Name = "annee")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "chapitre")]
    public string? Chapter { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Chapters { get; private set; } = [];

    public BudgetTotals Totals { get; private set; } = new(0, null, null);

    public PagedList<ImputationRecord> Imputations { get; private set; } = null!;

    public PagedList<BudgetTableRecord> Tables { get; private set; } = null!;

    public BarChartModel? ByYear { get; private set; }

    public BarChartModel? ByProject { get; private set; }

    public async Task OnGetAsync(
        [FromQuery(Name = ImputationsParameter)] int? imputationsPage,
        [FromQuery(Name = TablesParameter)] int? tablesPage,
        CancellationToken cancellationToken)
    {
        var facts = await BudgetFacts.LoadAsync(db, cancellationToken);
        Years = facts.Years;
        Chapters = facts.Chapters;
        Totals = facts.Totals(Year, Chapter);
        var query = new BudgetQuery(db);
        Imputations = await query.ImputationsAsync(facts, Year, Chapter, total => Paging.Of(imputationsPage, PageSize, total), cancellationToken);

        ByYear = Chart("par-exercice", "Dépenses imputées par exercice", "Somme des dépenses imputées, par premier exercice budgétaire nommé.",
            facts.ExpensesByYear.Select(y => new ChartBar(y.Year.ToString(FrenchFormat.Culture), y.Amount)));

        // The projects' totals, kept by the import (FundingTallies); ordered here, not in SQL: EF Core's SQLite
        // collation for decimals parses them in the request's culture, and a fr-FR failure ends the process.
        var projects = await db.Projects.AsNoTracking().Where(p => p.Total != null)
            .Select(p => new { p.Name, Amount = p.Total!.Value })
            .ToListAsync(cancellationToken);
        ByProject = Chart("par-projet", "Coût total des projets", "Coût total indiqué pour les projets nommés dans les délibérations, toutes sources de financement confondues (pas seulement ce que la collectivité verse), les dix plus élevés.",
            projects.OrderByDescending(p => p.Amount).Take(10).Select(p => new ChartBar(p.Name, p.Amount)));

        Tables = await query.TablesAsync(total => Paging.Of(tablesPage, PageSize, total), cancellationToken);
    }

    /// <summary>A pager for one list: its links keep the filters, change that list's page only and come back to its section.</summary>
    public PagerModel Pager<T>(PagedList<T> list, string parameter, string name) =>
        new(list.Paging, name, page =>
        {
            var query = new Dictionary<string, string?>
            {
                ["annee"] = Year?.ToString(CultureInfo.InvariantCulture),
                ["chapitre"] = string.IsNullOrEmpty(Chapter) ? null : Chapter,
                [ImputationsParameter] = parameter == ImputationsParameter ? Number(page) : Number(Imputations.Paging.Page),
                [TablesParameter] = parameter == TablesParameter ? Number(page) : Number(Tables.Paging.Page),
            };
            return QueryHelpers.AddQueryString("/budget", query.Where(q => q.Value is not null)) + "#" + parameter;
        });

    private static string? Number(int page) => page == 1 ? null : page.ToString(CultureInfo.InvariantCulture);

    private static BarChartModel? Chart(string id, string title, string description, IEnumerable<ChartBar> bars)
    {
        var list = bars.ToList();
        return list.Count == 0 ? null : new BarChartModel(id, title, description, list);
    }
}
