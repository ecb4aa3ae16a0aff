using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Migrations
{
    /// <summary>
    /// From this version the import keeps each spelling's count of printed lines per document, by
    /// difference, where it counted them at its end for the officials it had marked stale. A store
    /// whose import an earlier version left killed has marks over counts that miss the lines of the
    /// batches it kept: those are counted here, once, so that the differences start from the truth.
    /// </summary>
    public partial class SpellingCountsKeptPerDocument : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The counts stay right for the earlier version, which counts them again at its import's end.
        }
    }
}
