using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Deliberations.Web.Data.Postgres.Migrations
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
                type: "text",
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PresidentId_SittingDate_OrderKey",
                table: "Decisions",
                columns: new[] { "PresidentId", "SittingDate", "OrderKey" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RapporteurId_SittingDate_OrderKey",
                table: "Decisions",
                columns: new[] { "RapporteurId", "SittingDate", "OrderKey" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingDate_OrderKey",
                table: "Decisions",
                columns: new[] { "SittingDate", "OrderKey" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingId_OrderKey",
                table: "Decisions",
                columns: new[] { "SittingId", "OrderKey" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsLast });
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
                columns: new[] { "PresidentId", "SittingDate", "Number" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RapporteurId_SittingDate_Number",
                table: "Decisions",
                columns: new[] { "RapporteurId", "SittingDate", "Number" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingDate_Number",
                table: "Decisions",
                columns: new[] { "SittingDate", "Number" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingId_Number",
                table: "Decisions",
                columns: new[] { "SittingId", "Number" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsLast });
        }
    }
}
