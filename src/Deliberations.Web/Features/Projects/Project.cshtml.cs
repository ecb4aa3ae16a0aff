using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Projects;

/// <summary><c>/projets/{slug}</c>: the decisions that name a project, a page at a time, with the amount each states for it.</summary>
public sealed class ProjectModel(DeliberationsDb db) : PageModel
{
    public ProjectRecord Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        if (await new FundingQuery(db).ProjectAsync(slug, total => Paging.Of(page, FundingQuery.PageSize, total), cancellationToken) is not { } project)
        {
            return NotFound();
        }

        Project = project;
        return Page();
    }

    public PagerModel Pager => PagerModel.OnPath(Project.Mentions.Paging, "Pages des délibérations", Routes.Project(Project.Slug));
}
