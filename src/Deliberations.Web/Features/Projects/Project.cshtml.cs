using Deliberations.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Projects;

/// <summary><c>/projets/{slug}</c>: every decision that names a project, with the amount each gives it.</summary>
public sealed class ProjectModel(DeliberationsDb db) : PageModel
{
    public ProjectRecord Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await new FundingQuery(db).ProjectAsync(slug, cancellationToken) is not { } project)
        {
            return NotFound();
        }

        Project = project;
        return Page();
    }
}
