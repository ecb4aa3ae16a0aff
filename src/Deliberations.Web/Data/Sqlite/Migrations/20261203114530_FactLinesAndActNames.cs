using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FactLinesAndActNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActName",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CommissionLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CommunesLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ConvocationLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LegalityLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MembersInOfficeLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NumberLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PostedLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PresidentLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RapporteurLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReportLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReportName",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SecretaryLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SittingLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TitleLine",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Line",
                table: "Attendance",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActName",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "CommissionLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "CommunesLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "ConvocationLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "LegalityLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "MembersInOfficeLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "NumberLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "PostedLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "PresidentLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "RapporteurLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "ReportLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "ReportName",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SecretaryLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "ServiceLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SittingLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "TitleLine",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "Line",
                table: "Attendance");
        }
    }
}
