using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProxyHolderIndexOnProxiesOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attendance_ProxyHolderId",
                table: "Attendance");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProxyHolderId",
                table: "Attendance",
                column: "ProxyHolderId",
                filter: "\"ProxyHolderId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attendance_ProxyHolderId",
                table: "Attendance");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProxyHolderId",
                table: "Attendance",
                column: "ProxyHolderId");
        }
    }
}
