using Deliberations.Web.Text;

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
}
