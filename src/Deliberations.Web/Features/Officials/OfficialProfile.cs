using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Officials;

/// <summary>Who the official's page is about.</summary>
public sealed record OfficialProfile(int Id, OfficialName Name, DateOnly TermStart, string SurnameKey, string? PersonKey)
{
    /// <summary>Slugs are lower case; anything else (an HTML tag, a quote) is simply not found.</summary>
    public static async Task<OfficialProfile?> FindAsync(DeliberationsDb db, string slug, CancellationToken cancellationToken)
    {
        var key = slug.ToLowerInvariant();
        return await db.Officials
            .Where(o => o.Slug == key)
            .Select(o => new OfficialProfile(o.Id, new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.TermStart, o.SurnameKey, o.PersonKey))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
