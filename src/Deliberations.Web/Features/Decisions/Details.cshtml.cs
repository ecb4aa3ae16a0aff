using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Decisions;

public sealed class DetailsModel(DeliberationsDb db, MarkdownRenderer markdown) : PageModel
{
    public DecisionDetails Decision { get; private set; } = null!;

    public HtmlString Report { get; private set; } = HtmlString.Empty;

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (await new DecisionDetailsQuery(db).RunAsync(number, cancellationToken) is not { } decision)
        {
            return NotFound();
        }

        Decision = decision;
        Report = DecisionHtml.Report(markdown, decision.Facts.ReportText, decision.StoredReferences);
        return Page();
    }

    /// <summary>Text of the operative part, encoded, with the decisions it cites linked.</summary>
    public HtmlString Linked(string text) => DecisionHtml.Text(text, Decision.StoredReferences);
}
