using System.Globalization;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Sittings;

/// <summary>A sitting as its page introduces it: when, which body, who presided, how many members.</summary>
public sealed record SittingHeader(int Id, DateOnly Date, string Body, DateOnly TermStart, int? MembersInOffice)
{
    public string Title => $"{Body} du {FrenchFormat.Date(Date)}";

    /// <summary>
    /// <c>2021-12-13-conseil</c>: the date narrows the search to the day's sittings, whose bodies are then
    /// slugged the way <see cref="Routes.SittingSlug"/> does, so the URL and the lookup cannot disagree.
    /// </summary>
    public static async Task<SittingHeader?> FindAsync(DeliberationsDb db, string slug, CancellationToken cancellationToken)
    {
        if (slug.Length < 12 || slug[10] != '-'
            || !DateOnly.TryParseExact(slug.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var sittings = await db.Sittings
            .Where(s => s.Date == date)
            .Select(s => new SittingHeader(s.Id, s.Date, s.Body, s.TermStart, s.MembersInOffice))
            .ToListAsync(cancellationToken);
        return sittings.FirstOrDefault(s => string.Equals(Routes.SittingSlug(s.Date, s.Body), slug, StringComparison.OrdinalIgnoreCase));
    }
}
