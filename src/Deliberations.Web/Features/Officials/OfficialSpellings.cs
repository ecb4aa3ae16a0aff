using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Officials;

/// <summary>A surname as extracts print it, why it was joined to this official, and how often it was printed.</summary>
public sealed record SpellingRow(string Spelling, string Reason, int Printed);

/// <summary>The spellings of one official: how the page explains a merge.</summary>
public static class OfficialSpellings
{
    public static async Task<IReadOnlyList<SpellingRow>> LoadAsync(DeliberationsDb db, int officialId, CancellationToken cancellationToken)
    {
        var spellings = await db.Spellings
            .Where(s => s.OfficialId == officialId)
            .OrderBy(s => s.FirstDocumentId)
            .ThenBy(s => s.Id)
            .Select(s => new SpellingRow(s.Spelling, s.Reason, s.Printed))
            .ToListAsync(cancellationToken);
        return spellings;
    }
}
