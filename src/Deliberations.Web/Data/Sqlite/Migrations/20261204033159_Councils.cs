using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Councils : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sittings_Body_Date",
                table: "Sittings");

            migrationBuilder.DropIndex(
                name: "IX_Officials_Slug",
                table: "Officials");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_Number",
                table: "Decisions");

            migrationBuilder.AddColumn<int>(
                name: "CouncilId",
                table: "Sittings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CouncilId",
                table: "Officials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "CouncilId",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "Councils",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: true),
                    Siret = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Councils",
                columns: new[] { "Id", "Key", "Kind", "Name", "Siret", "Slug" },
                values: new object[] { 1, "metropole de lyon", "métropole", "Métropole de Lyon", null, "" });

            migrationBuilder.CreateIndex(
                name: "IX_Sittings_CouncilId_Body_Date",
                table: "Sittings",
                columns: new[] { "CouncilId", "Body", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Officials_CouncilId_Slug",
                table: "Officials",
                columns: new[] { "CouncilId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CouncilId_Number",
                table: "Decisions",
                columns: new[] { "CouncilId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Councils_Key",
                table: "Councils",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Councils_Slug",
                table: "Councils",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Councils");

            migrationBuilder.DropIndex(
                name: "IX_Sittings_CouncilId_Body_Date",
                table: "Sittings");

            migrationBuilder.DropIndex(
                name: "IX_Officials_CouncilId_Slug",
                table: "Officials");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_CouncilId_Number",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "CouncilId",
                table: "Sittings");

            migrationBuilder.DropColumn(
                name: "CouncilId",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "CouncilId",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_Sittings_Body_Date",
                table: "Sittings",
                columns: new[] { "Body", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Officials_Slug",
                table: "Officials",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_Number",
                table: "Decisions",
                column: "Number",
                unique: true);
        }
    }
}
