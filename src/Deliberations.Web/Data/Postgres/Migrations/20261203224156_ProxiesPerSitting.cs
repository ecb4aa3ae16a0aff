using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Deliberations.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProxiesPerSitting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attendance_OfficialId_ProxyHolderId",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_ProxyHolderId_OfficialId",
                table: "Attendance");

            migrationBuilder.AddColumn<int>(
                name: "ProxiesGiven",
                table: "OfficialSittings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProxiesHeld",
                table: "OfficialSittings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_OfficialId_DecisionId_ProxyHolderId",
                table: "Attendance",
                columns: new[] { "OfficialId", "DecisionId", "ProxyHolderId" },
                filter: "\"ProxyHolderId\" IS NOT NULL")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsLast, NullSortOrder.NullsLast, NullSortOrder.NullsFirst });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProxyHolderId_DecisionId_OfficialId",
                table: "Attendance",
                columns: new[] { "ProxyHolderId", "DecisionId", "OfficialId" },
                filter: "\"ProxyHolderId\" IS NOT NULL")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsLast, NullSortOrder.NullsLast });

            // Kept by the import from now on; counted here once for stores imported before. Rows for a
            // holder whom no list of the sitting names are added with nothing listed.
            migrationBuilder.Sql("""
                INSERT INTO "OfficialSittings" ("OfficialId", "SittingId", "Listed", "Present", "Excused", "Unexcused", "ProxiesGiven", "ProxiesHeld")
                SELECT l."OfficialId", l."SittingId", 0, 0, 0, 0, SUM(l."Given"), SUM(l."Held")
                FROM (
                    SELECT a."OfficialId", d."SittingId", 1 AS "Given", 0 AS "Held"
                    FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
                    WHERE a."ProxyHolderId" IS NOT NULL AND d."SittingId" IS NOT NULL
                    UNION ALL
                    SELECT a."ProxyHolderId", d."SittingId", 0, 1
                    FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
                    WHERE a."ProxyHolderId" IS NOT NULL AND d."SittingId" IS NOT NULL
                ) l
                WHERE true
                GROUP BY l."OfficialId", l."SittingId"
                ON CONFLICT ("OfficialId", "SittingId") DO UPDATE SET "ProxiesGiven" = excluded."ProxiesGiven", "ProxiesHeld" = excluded."ProxiesHeld";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attendance_OfficialId_DecisionId_ProxyHolderId",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_ProxyHolderId_DecisionId_OfficialId",
                table: "Attendance");

            migrationBuilder.DropColumn(
                name: "ProxiesGiven",
                table: "OfficialSittings");

            migrationBuilder.DropColumn(
                name: "ProxiesHeld",
                table: "OfficialSittings");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_OfficialId_ProxyHolderId",
                table: "Attendance",
                columns: new[] { "OfficialId", "ProxyHolderId" },
                filter: "\"ProxyHolderId\" IS NOT NULL")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsLast, NullSortOrder.NullsFirst });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProxyHolderId_OfficialId",
                table: "Attendance",
                columns: new[] { "ProxyHolderId", "OfficialId" },
                filter: "\"ProxyHolderId\" IS NOT NULL")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsLast });
        }
    }
}
