using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Projects;

/// <summary><c>/projets</c>: the named projects and the organisations that receive money, with what the decisions give them.</summary>
public sealed class IndexModel(DeliberationsDb db) : PageModel
{
    public sealed record Line(string Name, string Href, int Decisions, decimal? Total, DateOnly? Latest);

    public IReadOnlyList<Line> Projects { get; private set; } = [];

    public IReadOnlyList<Line> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Projects = [.. (await FundedDirectory.ProjectsAsync(db, cancellationToken))
            .Select(p => new Line(p.Label, Routes.Project(p.Slug), p.DecisionCount, p.Total, p.Latest))];
        Organisations = [.. (await FundedDirectory.OrganisationsAsync(db, cancellationToken))
            .Select(o => new Line(o.Label, Routes.Organisation(o.Slug), o.DecisionCount, o.Total, o.Latest))];
    }
}
