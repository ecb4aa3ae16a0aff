using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CompressedSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A BLOB column has no affinity: texts stored before keep their storage class, and
            // CompressedText reads them as the UTF-8 they are. Only new documents are compressed.
            migrationBuilder.AlterColumn<byte[]>(
                name: "Text",
                table: "Documents",
                type: "BLOB",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "Documents",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");
        }
    }
}
