using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Projects;

/// <summary><c>/organisations/{slug}</c>: the grants an organisation received, a page at a time, with the decision that granted each.</summary>
public sealed class OrganisationModel(DeliberationsDb db) : PageModel
{
    public OrganisationRecord Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        if (await new FundingQuery(db).OrganisationAsync(slug, total => Paging.Of(page, FundingQuery.PageSize, total), cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        return Page();
    }

    public PagerModel Pager => PagerModel.OnPath(Organisation.Grants.Paging, "Pages des sommes attribuées", Routes.Organisation(Organisation.Slug));
}
