using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Names each official by the spelling printed most often, so one slip in one extract never names
/// the record, and stores how often each spelling is printed.
/// </summary>
public static class DisplayNames
{
    /// <param name="renamed">Called for each official whose name changed (the import gives officials first seen in its run a slug to match).</param>
    public static async Task RefreshAsync(DeliberationsDb db, IReadOnlyCollection<int> officialIds, Action<Official>? renamed, CancellationToken cancellationToken)
    {
        foreach (var chunk in officialIds.Chunk(500))
        {
            var counts = await db.Attendance.Where(a => chunk.Contains(a.OfficialId))
                .GroupBy(a => new { a.OfficialId, a.PrintedName })
                .Select(g => new { g.Key.OfficialId, g.Key.PrintedName, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var best = counts.GroupBy(c => c.OfficialId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Count).ThenBy(c => c.PrintedName, StringComparer.Ordinal).First().PrintedName);
            var printed = counts.ToDictionary(c => (c.OfficialId, c.PrintedName), c => c.Count);
            foreach (var spelling in await db.Spellings.Where(s => chunk.Contains(s.OfficialId)).ToListAsync(cancellationToken))
            {
                spelling.Printed = printed.GetValueOrDefault((spelling.OfficialId, spelling.Spelling));
            }

            var officials = await db.Officials.Where(o => chunk.Contains(o.Id)).ToListAsync(cancellationToken);
            foreach (var official in officials)
            {
                if (!best.TryGetValue(official.Id, out var name) || name == official.Surname)
                {
                    continue;
                }

                official.Surname = name;
                official.SurnameKey = NameKey.Of(name);
                renamed?.Invoke(official);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
