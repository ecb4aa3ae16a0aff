using System.Globalization;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Counts again the rows of <see cref="OfficialSitting"/>, which the import otherwise keeps by
/// difference (<see cref="OfficialTallyBook"/>), for the officials whose earlier lines moved to
/// another record. A delete and one grouped insert per 500 ids, in SQL any engine reads.
/// </summary>
public static class OfficialSittingTallies
{
    /// <summary>The official's own lines, and the lines of others whose vote the official carried.</summary>
    private const string InsertGrouped = """
        INSERT INTO "OfficialSittings" ("OfficialId", "SittingId", "Listed", "Present", "Excused", "Unexcused", "ProxiesGiven", "ProxiesHeld")
        SELECT l."OfficialId", l."SittingId", SUM(l."Listed"), SUM(l."Present"), SUM(l."Excused"), SUM(l."Unexcused"), SUM(l."Given"), SUM(l."Held")
        FROM (
            SELECT a."OfficialId", d."SittingId", 1 AS "Listed",
                CASE WHEN a."Status" = 0 THEN 1 ELSE 0 END AS "Present",
                CASE WHEN a."Status" = 1 THEN 1 ELSE 0 END AS "Excused",
                CASE WHEN a."Status" = 2 THEN 1 ELSE 0 END AS "Unexcused",
                CASE WHEN a."ProxyHolderId" IS NOT NULL THEN 1 ELSE 0 END AS "Given", 0 AS "Held"
            FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
            WHERE d."SittingId" IS NOT NULL AND a."OfficialId" IN ({0})
            UNION ALL
            SELECT a."ProxyHolderId", d."SittingId", 0, 0, 0, 0, 0, 1
            FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
            WHERE d."SittingId" IS NOT NULL AND a."ProxyHolderId" IN ({0})
        ) l
        GROUP BY l."OfficialId", l."SittingId"
        """;

    public static async Task ForOfficialsAsync(DeliberationsDb db, IEnumerable<int> officialIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in officialIds.Chunk(500))
        {
            await db.OfficialSittings.Where(s => chunk.Contains(s.OfficialId)).ExecuteDeleteAsync(cancellationToken);
            await InsertAsync(db, chunk, cancellationToken);
        }
    }

    // The ids are the store's own integers, written in invariant digits: nothing a reader typed reaches this SQL.
    private static Task<int> InsertAsync(DeliberationsDb db, int[] ids, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            string.Format(CultureInfo.InvariantCulture, InsertGrouped, string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))),
            cancellationToken);
}
