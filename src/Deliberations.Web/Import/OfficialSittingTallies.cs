using System.Globalization;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Counts again the rows of <see cref="OfficialSitting"/>: for the sittings an import wrote decisions
/// of, and for the officials whose earlier lines moved to another record. Each is a delete and one
/// grouped insert per 500 ids, in SQL any engine reads.
/// </summary>
public static class OfficialSittingTallies
{
    private const string InsertGrouped = """
        INSERT INTO "OfficialSittings" ("OfficialId", "SittingId", "Listed", "Present", "Excused", "Unexcused")
        SELECT a."OfficialId", d."SittingId", COUNT(*),
            SUM(CASE WHEN a."Status" = 0 THEN 1 ELSE 0 END),
            SUM(CASE WHEN a."Status" = 1 THEN 1 ELSE 0 END),
            SUM(CASE WHEN a."Status" = 2 THEN 1 ELSE 0 END)
        FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
        WHERE d."SittingId" IS NOT NULL AND {0} IN ({1})
        GROUP BY a."OfficialId", d."SittingId"
        """;

    public static async Task ForSittingsAsync(DeliberationsDb db, IEnumerable<int> sittingIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in sittingIds.Chunk(500))
        {
            await db.OfficialSittings.Where(s => chunk.Contains(s.SittingId)).ExecuteDeleteAsync(cancellationToken);
            await InsertAsync(db, "d.\"SittingId\"", chunk, cancellationToken);
        }
    }

    public static async Task ForOfficialsAsync(DeliberationsDb db, IEnumerable<int> officialIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in officialIds.Chunk(500))
        {
            await db.OfficialSittings.Where(s => chunk.Contains(s.OfficialId)).ExecuteDeleteAsync(cancellationToken);
            await InsertAsync(db, "a.\"OfficialId\"", chunk, cancellationToken);
        }
    }

    // The ids are the store's own integers, written in invariant digits: nothing a reader typed reaches this SQL.
    private static Task<int> InsertAsync(DeliberationsDb db, string column, int[] ids, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            string.Format(CultureInfo.InvariantCulture, InsertGrouped, column, string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))),
            cancellationToken);
}
