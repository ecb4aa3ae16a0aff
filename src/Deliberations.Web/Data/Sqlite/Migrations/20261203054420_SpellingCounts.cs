using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SpellingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Printed",
                table: "Spellings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Counted by the recount of stale figures, which the site's start runs after migrating.
            migrationBuilder.Sql("INSERT OR IGNORE INTO \"StaleFigures\" (\"Kind\", \"Id\") SELECT 2, \"Id\" FROM \"Officials\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Printed",
                table: "Spellings");
        }
    }
}
