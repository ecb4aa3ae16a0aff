using Deliberations.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Projects;

/// <summary><c>/organisations/{slug}</c>: every grant an organisation received, with the decision that granted it.</summary>
public sealed class OrganisationModel(DeliberationsDb db) : PageModel
{
    public OrganisationRecord Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await new FundingQuery(db).OrganisationAsync(slug, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        return Page();
    }
}
