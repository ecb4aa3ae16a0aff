using Deliberations.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Decisions;

/// <summary>A stored text the parser could not identify as a decision: shown whole, so a clerk can see what was not understood.</summary>
public sealed class DocumentModel(DeliberationsDb db) : PageModel
{
    public SourceView Source { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await new SourceQuery(db).DocumentAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        // A document that belongs to a decision is read on that decision's version page, under its stable address.
        if (found.Number is { } number)
        {
            return LocalRedirect("~" + Shared.Routes.DecisionVersion(number, found.Source.Document.Version));
        }

        Source = found.Source;
        return Page();
    }
}
