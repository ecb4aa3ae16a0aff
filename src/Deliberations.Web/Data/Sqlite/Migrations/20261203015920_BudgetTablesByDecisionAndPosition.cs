using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BudgetTablesByDecisionAndPosition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BudgetTables_DecisionId",
                table: "BudgetTables");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetTables_DecisionId_Position",
                table: "BudgetTables",
                columns: new[] { "DecisionId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BudgetTables_DecisionId_Position",
                table: "BudgetTables");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetTables_DecisionId",
                table: "BudgetTables",
                column: "DecisionId");
        }
    }
}
