using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DecisionFacetCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionFacetCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Commission = table.Column<string>(type: "TEXT", nullable: true),
                    RapporteurId = table.Column<int>(type: "INTEGER", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionFacetCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionFacetCounts_Officials_RapporteurId",
                        column: x => x.RapporteurId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionFacetCounts_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFacetCounts_RapporteurId",
                table: "DecisionFacetCounts",
                column: "RapporteurId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFacetCounts_SittingId",
                table: "DecisionFacetCounts",
                column: "SittingId");

            // Counted here once; from now on each import batch counts again the sittings it touches.
            migrationBuilder.Sql("""
                INSERT INTO "DecisionFacetCounts" ("SittingId", "Commission", "RapporteurId", "Count")
                SELECT "SittingId", "Commission", "RapporteurId", COUNT(*) FROM "Decisions"
                GROUP BY "SittingId", "Commission", "RapporteurId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionFacetCounts");
        }
    }
}
