using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BudgetPagesBySitting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BudgetTableCount",
                table: "Sittings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SittingId",
                table: "BudgetGroups",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetGroups_SittingId",
                table: "BudgetGroups",
                column: "SittingId");

            migrationBuilder.AddForeignKey(
                name: "FK_BudgetGroups_Sittings_SittingId",
                table: "BudgetGroups",
                column: "SittingId",
                principalTable: "Sittings",
                principalColumn: "Id");

            migrationBuilder.Sql("""
                UPDATE "Sittings" SET "BudgetTableCount" = (
                    SELECT COUNT(*) FROM "BudgetTables" t JOIN "Decisions" d ON d."Id" = t."DecisionId" WHERE d."SittingId" = "Sittings"."Id");
                """);

            // The groups are counted again per sitting at the next start (StaleFigures), in C#: SQL cannot group on lists of years.
            migrationBuilder.Sql("DELETE FROM \"BudgetGroups\";");
            migrationBuilder.Sql("INSERT OR IGNORE INTO \"StaleFigures\" (\"Kind\", \"Id\") VALUES (0, 0);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BudgetGroups_Sittings_SittingId",
                table: "BudgetGroups");

            migrationBuilder.DropIndex(
                name: "IX_BudgetGroups_SittingId",
                table: "BudgetGroups");

            migrationBuilder.DropColumn(
                name: "BudgetTableCount",
                table: "Sittings");

            migrationBuilder.DropColumn(
                name: "SittingId",
                table: "BudgetGroups");
        }
    }
}
