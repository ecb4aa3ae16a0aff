using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// No change of schema: a store brought up to date counts its figures and planner statistics
    /// again (<c>StoreInitializer</c>, <c>RegisterFigures</c>), so one whose statistics were sampled
    /// gets full ones at its first start with this version rather than at its next import. Its
    /// officials' pages chose the wrong index on sampled statistics (<c>SqliteEngine.RefreshStatisticsAsync</c>).
    /// </summary>
    public partial class FullPlannerStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
