using System.Text;
using Deliberations.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Decisions;

/// <summary>The current text of a decision as a file, under the name it was imported with.</summary>
public sealed class SourceModel(DeliberationsDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (await new SourceQuery(db).CurrentFileAsync(number, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        // The decoded text, not the bytes: it is what line numbers and diagnostics refer to, and it is always UTF-8.
        return File(Encoding.UTF8.GetBytes(file.Text), "text/plain; charset=utf-8", file.FileName);
    }
}
