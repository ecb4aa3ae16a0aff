using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficialSittings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfficialSittings",
                columns: table => new
                {
                    OfficialId = table.Column<int>(type: "INTEGER", nullable: false),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Listed = table.Column<int>(type: "INTEGER", nullable: false),
                    Present = table.Column<int>(type: "INTEGER", nullable: false),
                    Excused = table.Column<int>(type: "INTEGER", nullable: false),
                    Unexcused = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialSittings", x => new { x.OfficialId, x.SittingId });
                    table.ForeignKey(
                        name: "FK_OfficialSittings_Officials_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfficialSittings_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_OfficialId_ProxyHolderId",
                table: "Attendance",
                columns: new[] { "OfficialId", "ProxyHolderId" },
                filter: "\"ProxyHolderId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OfficialSittings_SittingId",
                table: "OfficialSittings",
                column: "SittingId");

            // A store made before this migration gets its rows now; later imports keep them.
            migrationBuilder.Sql("""
                INSERT INTO "OfficialSittings" ("OfficialId", "SittingId", "Listed", "Present", "Excused", "Unexcused")
                SELECT a."OfficialId", d."SittingId", COUNT(*),
                    SUM(CASE WHEN a."Status" = 0 THEN 1 ELSE 0 END),
                    SUM(CASE WHEN a."Status" = 1 THEN 1 ELSE 0 END),
                    SUM(CASE WHEN a."Status" = 2 THEN 1 ELSE 0 END)
                FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
                WHERE d."SittingId" IS NOT NULL
                GROUP BY a."OfficialId", d."SittingId"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficialSittings");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_OfficialId_ProxyHolderId",
                table: "Attendance");
        }
    }
}
