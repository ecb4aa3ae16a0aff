using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficialFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ExcusedCount",
                table: "Officials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PresentCount",
                table: "Officials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProxiesGivenCount",
                table: "Officials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProxiesHeldCount",
                table: "Officials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReportCount",
                table: "Officials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnexcusedCount",
                table: "Officials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // A store made before this migration gets its figures now; later imports keep them.
            migrationBuilder.Sql("""
                UPDATE "Officials" SET
                    "PresentCount" = (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = "Officials"."Id" AND a."Status" = 0),
                    "ExcusedCount" = (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = "Officials"."Id" AND a."Status" = 1),
                    "UnexcusedCount" = (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = "Officials"."Id" AND a."Status" = 2),
                    "ProxiesGivenCount" = (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = "Officials"."Id" AND a."ProxyHolderId" IS NOT NULL),
                    "ProxiesHeldCount" = (SELECT COUNT(*) FROM "Attendance" a WHERE a."ProxyHolderId" = "Officials"."Id"),
                    "ReportCount" = (SELECT COUNT(*) FROM "Decisions" d WHERE d."RapporteurId" = "Officials"."Id")
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExcusedCount",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "PresentCount",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "ProxiesGivenCount",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "ProxiesHeldCount",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "ReportCount",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "UnexcusedCount",
                table: "Officials");
        }
    }
}
