using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Projects;

/// <summary><c>/projets/{slug}</c>: every decision that names a project, with the amount each gives it.</summary>
public sealed class ProjectModel(DeliberationsDb db) : PageModel
{
    public sealed record Mention(DecisionSummary Decision, decimal? Amount, string Source);

    public string Name { get; private set; } = "";

    public IReadOnlyList<Mention> Mentions { get; private set; } = [];

    public decimal? Total => Amounts.Total(Mentions.Select(m => m.Amount));

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        Name = project.Name;
        // From the project's links to their decisions, as the organisation page does: the other way round reads every decision.
        var naming = db.DecisionProjects.Where(l => l.ProjectId == project.Id).Select(l => l.DecisionId);
        var decisions = await db.Decisions.AsNoTracking().Where(d => naming.Contains(d.Id))
            .Select(DecisionSummary.FromEntity).ToDictionaryAsync(d => d.Number, cancellationToken);
        var links = await db.DecisionProjects.AsNoTracking().Where(l => l.ProjectId == project.Id)
            .Select(l => new { l.Decision!.Number, l.Amount, l.Source }).ToListAsync(cancellationToken);
        Mentions = [.. links.Select(l => new Mention(decisions[l.Number], l.Amount, l.Source)).OrderByDescending(m => m.Decision.Date)];
        return Page();
    }
}
