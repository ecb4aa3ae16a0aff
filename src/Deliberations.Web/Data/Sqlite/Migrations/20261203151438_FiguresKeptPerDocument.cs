using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// From this version the import keeps how often each spelling is printed and each official's
    /// part in each sitting per document, by difference, where it counted them at its end for the
    /// officials and sittings it had marked stale. A store whose import an earlier version left
    /// killed has counts that miss the lines of the batches it kept: those are counted here, once,
    /// so that the differences start from the truth.
    /// </summary>
    public partial class FiguresKeptPerDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // StaleFigures.Kind 2: an official (StaleKind.Official).
            migrationBuilder.Sql("""
                UPDATE "Spellings" SET "Printed" = (
                    SELECT COUNT(*) FROM "Attendance" a
                    WHERE a."OfficialId" = "Spellings"."OfficialId" AND a."PrintedName" = "Spellings"."Spelling")
                WHERE "OfficialId" IN (SELECT "Id" FROM "StaleFigures" WHERE "Kind" = 2);
                """);

            // StaleFigures.Kind 1: a sitting (StaleKind.Sitting).
            migrationBuilder.Sql("""
                DELETE FROM "OfficialSittings" WHERE "SittingId" IN (SELECT "Id" FROM "StaleFigures" WHERE "Kind" = 1);
                INSERT INTO "OfficialSittings" ("OfficialId", "SittingId", "Listed", "Present", "Excused", "Unexcused")
                SELECT a."OfficialId", d."SittingId", COUNT(*),
                    SUM(CASE WHEN a."Status" = 0 THEN 1 ELSE 0 END),
                    SUM(CASE WHEN a."Status" = 1 THEN 1 ELSE 0 END),
                    SUM(CASE WHEN a."Status" = 2 THEN 1 ELSE 0 END)
                FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
                WHERE d."SittingId" IN (SELECT "Id" FROM "StaleFigures" WHERE "Kind" = 1)
                GROUP BY a."OfficialId", d."SittingId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The counts stay right for the earlier version, which counts the marked ones again at its import's end.
        }
    }
}
