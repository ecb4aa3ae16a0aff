using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DecisionSittingDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "SittingDate",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql("UPDATE \"Decisions\" SET \"SittingDate\" = (SELECT \"Date\" FROM \"Sittings\" WHERE \"Id\" = \"Decisions\".\"SittingId\");");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingDate_Number",
                table: "Decisions",
                columns: new[] { "SittingDate", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_SittingDate_Number",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SittingDate",
                table: "Decisions");
        }
    }
}
