using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Officials;

/// <summary>An official of another term with the same civility and surname.</summary>
/// <param name="SamePerson">True only when a curated roster gave both records the same <c>PersonKey</c>.</param>
public sealed record SameNameRow(OfficialName Name, DateOnly TermStart, bool SamePerson);

/// <summary>
/// The same name in other terms. Nothing in the extracts says whether M. Bernard of 2018 is the
/// president of 2021, so the page links them without claiming they are one person.
/// </summary>
public static class SameNameElsewhere
{
    public static async Task<IReadOnlyList<SameNameRow>> LoadAsync(DeliberationsDb db, OfficialProfile official, CancellationToken cancellationToken)
    {
        var civility = official.Name.Civility;
        var personKey = official.PersonKey;
        return await db.Officials
            .Where(o => o.SurnameKey == official.SurnameKey && o.Civility == civility && o.TermStart != official.TermStart)
            .OrderByDescending(o => o.TermStart)
            .Select(o => new SameNameRow(
                new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname),
                o.TermStart,
                personKey != null && o.PersonKey == personKey))
            .ToListAsync(cancellationToken);
    }
}
