using Deliberations.Web.Data;
using Deliberations.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Api;

/// <summary>
/// Filters on names people type (an instance, a commission): <c>Commission permanente</c>,
/// <c>commission-permanente</c> and <c>commission permanente</c> all mean the same thing.
/// </summary>
public static class NameFilter
{
    /// <summary>The stored value the typed <paramref name="filter"/> means, or null when none does.</summary>
    public static string? Resolve(IEnumerable<string?> stored, string filter)
    {
        var wanted = Slug.From(filter);
        return stored.OfType<string>().FirstOrDefault(s => Slug.From(s) == wanted);
    }

    /// <summary>
    /// The stored body a <c>body</c> parameter means: null when none is asked, and a value that keeps
    /// nothing when none matches (an unknown body is an empty list, not the whole one).
    /// </summary>
    public static async Task<string?> StoredBodyAsync(DeliberationsDb db, string? body, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(body)
            ? null
            : Resolve(await db.Sittings.Select(s => s.Body).Distinct().ToListAsync(cancellationToken), body) ?? "";

    /// <summary>The stored commission a <c>commission</c> parameter means, as <see cref="StoredBodyAsync"/> does for a body.</summary>
    public static async Task<string?> StoredCommissionAsync(DeliberationsDb db, string? commission, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(commission)
            ? null
            : Resolve(await db.Decisions.Select(d => d.Commission).Distinct().ToListAsync(cancellationToken), commission) ?? "";
}
