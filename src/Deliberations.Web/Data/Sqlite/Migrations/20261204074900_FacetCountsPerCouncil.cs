using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FacetCountsPerCouncil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CouncilId",
                table: "DecisionFacetCounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // Counted again per council: the undated decisions of every council were one count.
            migrationBuilder.Sql("""
                DELETE FROM "DecisionFacetCounts";
                INSERT INTO "DecisionFacetCounts" ("CouncilId", "SittingId", "Commission", "RapporteurId", "Count")
                SELECT "CouncilId", "SittingId", "Commission", "RapporteurId", COUNT(*) FROM "Decisions"
                GROUP BY "CouncilId", "SittingId", "Commission", "RapporteurId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CouncilId",
                table: "DecisionFacetCounts");
        }
    }
}
