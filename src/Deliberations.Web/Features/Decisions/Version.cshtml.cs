using Deliberations.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Decisions;

/// <summary>One imported text of a decision, current or replaced, as the clerk checks it.</summary>
public sealed class VersionModel(DeliberationsDb db) : PageModel
{
    public string Number { get; private set; } = "";

    public string Title { get; private set; } = "";

    public SourceView Source { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number, int version, CancellationToken cancellationToken)
    {
        if (await new SourceQuery(db).VersionAsync(number, version, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Number, Title, Source) = found;
        return Page();
    }
}
