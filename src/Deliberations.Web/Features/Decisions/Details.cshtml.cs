using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Decisions;

public sealed class DetailsModel(DeliberationsDb db, MarkdownRenderer markdown) : PageModel
{
    public DecisionRecord Decision { get; private set; } = null!;

    public AttendanceView Attendance { get; private set; } = null!;

    public IReadOnlyList<BudgetTableView> BudgetTables { get; private set; } = [];

    public SourceView Source { get; private set; } = null!;

    public HtmlString Report { get; private set; } = HtmlString.Empty;

    private IReadOnlySet<string> StoredReferences { get; set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (await new DecisionQuery(db).RunAsync(number, cancellationToken) is not { } decision)
        {
            return NotFound();
        }

        Decision = decision;
        Attendance = AttendanceView.Of(decision);
        BudgetTables = BudgetTableView.Of(decision);
        Source = SourceView.OfCurrent(decision);
        StoredReferences = await StoredReferencesAsync(decision, cancellationToken);
        Report = DecisionHtml.Report(markdown, decision.Facts.ReportText, StoredReferences);
        return Page();
    }

    /// <summary>Text of the operative part, encoded, with the decisions it cites linked.</summary>
    public HtmlString Linked(string text) => DecisionHtml.Text(text, StoredReferences);

    /// <summary>The decisions the text cites that are stored here, found in one query.</summary>
    private async Task<IReadOnlySet<string>> StoredReferencesAsync(DecisionRecord decision, CancellationToken cancellationToken)
    {
        var cited = DecisionReferences.Find(decision.Facts.ReportText);
        foreach (var article in decision.Articles)
        {
            cited.UnionWith(DecisionReferences.Find(article.Text));
        }

        cited.Remove(decision.Facts.Number);
        if (cited.Count == 0)
        {
            return cited;
        }

        var numbers = cited.ToList();
        var stored = await db.Decisions.AsNoTracking().Where(d => numbers.Contains(d.Number)).Select(d => d.Number).ToListAsync(cancellationToken);
        return stored.ToHashSet(StringComparer.Ordinal);
    }
}
