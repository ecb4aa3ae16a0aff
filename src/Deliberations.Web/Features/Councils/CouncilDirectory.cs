using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Councils;

/// <summary>One council the store holds, with what it holds of it.</summary>
public sealed record CouncilSummary(int Id, string Name, string Slug, string? Kind, int Sittings, int Decisions, int Officials, DateOnly? First, DateOnly? Last)
{
    public bool IsHome => Id == Council.HomeId;

    /// <summary>Its pages: the site's root for its own council, <c>/conseils/{slug}</c> for the others.</summary>
    public string Url => IsHome ? "/" : CouncilPaths.Home(Slug);
}

/// <summary>
/// Every council of the store, read across the councils (the store's filter sees one at a time):
/// counts from the figures the import keeps per sitting, so the page costs a few small queries.
/// </summary>
public sealed class CouncilDirectory(DeliberationsDb db)
{
    /// <summary>The councils other than the site's own, by name, each with its pages' address: one small query, for the home page to offer.</summary>
    public async Task<IReadOnlyList<(string Name, string Url)>> OthersAsync(CancellationToken cancellationToken) =>
        [.. (await db.Councils.AsNoTracking().Where(c => c.Id != Council.HomeId).OrderBy(c => c.Name).Select(c => new { c.Name, c.Slug }).ToListAsync(cancellationToken))
            .Select(c => (c.Name, CouncilPaths.Home(c.Slug)))];

    public async Task<IReadOnlyList<CouncilSummary>> CouncilsAsync(CancellationToken cancellationToken)
    {
        var councils = await db.Councils.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var sittings = await db.Sittings.IgnoreQueryFilters()
            .GroupBy(s => s.CouncilId)
            .Select(g => new { Council = g.Key, Count = g.Count(), Decisions = g.Sum(s => s.DecisionCount), First = g.Min(s => s.Date), Last = g.Max(s => s.Date) })
            .ToDictionaryAsync(g => g.Council, cancellationToken);
        var officials = await db.Officials.IgnoreQueryFilters()
            .GroupBy(o => o.CouncilId)
            .Select(g => new { Council = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Council, g => g.Count, cancellationToken);
        return [.. councils.Select(c => sittings.GetValueOrDefault(c.Id) is { } s
            ? new CouncilSummary(c.Id, c.Name, c.Slug, c.Kind, s.Count, s.Decisions, officials.GetValueOrDefault(c.Id), s.First, s.Last)
            : new CouncilSummary(c.Id, c.Name, c.Slug, c.Kind, 0, 0, officials.GetValueOrDefault(c.Id), null, null))];
    }
}
