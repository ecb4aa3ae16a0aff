using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CouncilNewestText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CouncilId_CurrentDocumentId",
                table: "Decisions",
                columns: new[] { "CouncilId", "CurrentDocumentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_CouncilId_CurrentDocumentId",
                table: "Decisions");
        }
    }
}
