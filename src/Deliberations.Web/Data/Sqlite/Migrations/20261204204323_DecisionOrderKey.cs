using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <summary>
    /// The number as lists sort it (<c>Decision.OrderKey</c>, <c>DecisionOrder</c>) in place of the
    /// number itself in the indexes lists page on. Left empty here, where SQL cannot pad runs of digits:
    /// <c>StoreUpgrade</c> gives each decision its key next, in C#.
    /// </summary>
    public partial class DecisionOrderKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_PresidentId_SittingDate_Number",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_RapporteurId_SittingDate_Number",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_SittingDate_Number",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_SittingId_Number",
                table: "Decisions");

            migrationBuilder.AddColumn<string>(
                name: "OrderKey",
                table: "Decisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PresidentId_SittingDate_OrderKey",
                table: "Decisions",
                columns: new[] { "PresidentId", "SittingDate", "OrderKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RapporteurId_SittingDate_OrderKey",
                table: "Decisions",
                columns: new[] { "RapporteurId", "SittingDate", "OrderKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingDate_OrderKey",
                table: "Decisions",
                columns: new[] { "SittingDate", "OrderKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingId_OrderKey",
                table: "Decisions",
                columns: new[] { "SittingId", "OrderKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_PresidentId_SittingDate_OrderKey",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_RapporteurId_SittingDate_OrderKey",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_SittingDate_OrderKey",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_SittingId_OrderKey",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "OrderKey",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PresidentId_SittingDate_Number",
                table: "Decisions",
                columns: new[] { "PresidentId", "SittingDate", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RapporteurId_SittingDate_Number",
                table: "Decisions",
                columns: new[] { "RapporteurId", "SittingDate", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingDate_Number",
                table: "Decisions",
                columns: new[] { "SittingDate", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingId_Number",
                table: "Decisions",
                columns: new[] { "SittingId", "Number" });
        }
    }
}
