using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SittingFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DecisionCount",
                table: "Sittings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PresentCount",
                table: "Sittings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // A store made before this migration gets its figures now; later imports keep them.
            migrationBuilder.Sql("""
                UPDATE "Sittings" SET
                    "DecisionCount" = (SELECT COUNT(*) FROM "Decisions" d WHERE d."SittingId" = "Sittings"."Id"),
                    "PresentCount" = (SELECT COUNT(DISTINCT a."OfficialId") FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
                                      WHERE d."SittingId" = "Sittings"."Id" AND a."Status" = 0)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionCount",
                table: "Sittings");

            migrationBuilder.DropColumn(
                name: "PresentCount",
                table: "Sittings");
        }
    }
}
