using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DecisionsBySittingAndNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_SittingId",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingId_Number",
                table: "Decisions",
                columns: new[] { "SittingId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_SittingId_Number",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingId",
                table: "Decisions",
                column: "SittingId");
        }
    }
}
