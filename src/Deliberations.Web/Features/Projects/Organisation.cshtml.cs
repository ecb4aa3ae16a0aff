using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Projects;

/// <summary><c>/organisations/{slug}</c>: every grant an organisation received, with the decision that granted it.</summary>
public sealed class OrganisationModel(DeliberationsDb db) : PageModel
{
    public sealed record GrantLine(DecisionSummary Decision, decimal? Amount, string? Nature);

    public string Name { get; private set; } = "";

    public string? Acronym { get; private set; }

    public IReadOnlyList<GrantLine> Grants { get; private set; } = [];

    public decimal? Total => Amounts.Total(Grants.Select(g => g.Amount));

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name, o.Acronym }).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        (Name, Acronym) = (organisation.Name, organisation.Acronym);
        // From the organisation's grants to their decisions (IN, by key): asked the other way round,
        // "decisions with a grant to it" read every decision, 0.87 s at 20,000 extracts.
        var granting = db.Grants.Where(g => g.OrganisationId == organisation.Id).Select(g => g.DecisionId);
        var decisions = await db.Decisions.AsNoTracking().Where(d => granting.Contains(d.Id))
            .Select(DecisionSummary.FromEntity).ToDictionaryAsync(d => d.Number, cancellationToken);
        var grants = await db.Grants.AsNoTracking().Where(g => g.OrganisationId == organisation.Id)
            .Select(g => new { g.Decision!.Number, g.Amount, g.Nature }).ToListAsync(cancellationToken);
        Grants = [.. grants.Select(g => new GrantLine(decisions[g.Number], g.Amount, g.Nature)).OrderByDescending(g => g.Decision.Date)];
        return Page();
    }
}
