using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficialPageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_PresidentId",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_RapporteurId",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_ProxyHolderId",
                table: "Attendance");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PresidentId_SittingDate_Number",
                table: "Decisions",
                columns: new[] { "PresidentId", "SittingDate", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RapporteurId_SittingDate_Number",
                table: "Decisions",
                columns: new[] { "RapporteurId", "SittingDate", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProxyHolderId_OfficialId",
                table: "Attendance",
                columns: new[] { "ProxyHolderId", "OfficialId" },
                filter: "\"ProxyHolderId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_PresidentId_SittingDate_Number",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_RapporteurId_SittingDate_Number",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_ProxyHolderId_OfficialId",
                table: "Attendance");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PresidentId",
                table: "Decisions",
                column: "PresidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RapporteurId",
                table: "Decisions",
                column: "RapporteurId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProxyHolderId",
                table: "Attendance",
                column: "ProxyHolderId",
                filter: "\"ProxyHolderId\" IS NOT NULL");
        }
    }
}
