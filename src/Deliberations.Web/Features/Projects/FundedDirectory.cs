using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Projects;

/// <summary>A project or an organisation, with the figures the import keeps on it.</summary>
public sealed record FundedLine(string Slug, string Name, string? Acronym, int DecisionCount, decimal? Total, DateOnly? Latest)
{
    public string Label => Acronym is null ? Name : $"{Name} ({Acronym})";
}

/// <summary>The projects and organisations that decisions name, by French order of name: what <c>/projets</c> and <c>/api/projets</c> list.</summary>
public static class FundedDirectory
{
    private static readonly StringComparer FrenchOrder = StringComparer.Create(FrenchFormat.Culture, true);

    /// <summary>A project or organisation no current decision names any more (a new version dropped it) is left out.</summary>
    public static async Task<IReadOnlyList<FundedLine>> ProjectsAsync(DeliberationsDb db, CancellationToken cancellationToken) =>
        Ordered(await db.Projects.AsNoTracking()
            .Where(p => p.DecisionCount > 0)
            .Select(p => new FundedLine(p.Slug, p.Name, null, p.DecisionCount, p.Total, p.Latest))
            .ToListAsync(cancellationToken));

    public static async Task<IReadOnlyList<FundedLine>> OrganisationsAsync(DeliberationsDb db, CancellationToken cancellationToken) =>
        Ordered(await db.Organisations.AsNoTracking()
            .Where(o => o.DecisionCount > 0)
            .Select(o => new FundedLine(o.Slug, o.Name, o.Acronym, o.DecisionCount, o.Total, o.Latest))
            .ToListAsync(cancellationToken));

    private static List<FundedLine> Ordered(List<FundedLine> lines) => [.. lines.OrderBy(l => l.Name, FrenchOrder)];
}
