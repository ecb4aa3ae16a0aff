using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Names each official by the spelling printed most often, so one slip in one extract never names
/// the record. How often each spelling is printed (<see cref="OfficialSpelling.Printed"/>) is kept
/// per document by the import (<see cref="OfficialTallyBook"/>); naming reads those counts, a few
/// rows per official, where grouping the 2.5 million attendance lines of 20,000 extracts took 3.5–4.7 s.
/// </summary>
public static class DisplayNames
{
    /// <param name="renamed">Called for each official whose name changed (the import gives officials first seen in its run a slug to match).</param>
    public static async Task RefreshAsync(DeliberationsDb db, IReadOnlyCollection<int> officialIds, Action<Official>? renamed, CancellationToken cancellationToken)
    {
        foreach (var chunk in officialIds.Chunk(500))
        {
            var spellings = await db.Spellings.AsNoTracking().Where(s => chunk.Contains(s.OfficialId) && s.Printed > 0)
                .Select(s => new { s.OfficialId, s.Spelling, s.Printed })
                .ToListAsync(cancellationToken);
            var best = spellings.GroupBy(s => s.OfficialId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Printed).ThenBy(s => s.Spelling, StringComparer.Ordinal).First().Spelling);
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

    /// <summary>
    /// Counts the printed spellings of these officials again from their lines: after a split moved
    /// earlier lines to another record, which no difference says.
    /// </summary>
    public static async Task CountAsync(DeliberationsDb db, IReadOnlyCollection<int> officialIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in officialIds.Chunk(500))
        {
            var counts = await db.Attendance.Where(a => chunk.Contains(a.OfficialId))
                .GroupBy(a => new { a.OfficialId, a.PrintedName })
                .Select(g => new { g.Key.OfficialId, g.Key.PrintedName, Count = g.Count() })
                .ToDictionaryAsync(c => (c.OfficialId, c.PrintedName), c => c.Count, cancellationToken);
            foreach (var spelling in await db.Spellings.Where(s => chunk.Contains(s.OfficialId)).ToListAsync(cancellationToken))
            {
                spelling.Printed = counts.GetValueOrDefault((spelling.OfficialId, spelling.Spelling));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
