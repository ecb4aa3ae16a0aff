using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The full-text index lives outside the EF model (see IDatabaseEngine): EF never rebuilds it.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE decision_search USING fts5(
                    number, title, body, people, projects,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);

            migrationBuilder.CreateTable(
                name: "Officials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Civility = table.Column<string>(type: "TEXT", nullable: true),
                    Surname = table.Column<string>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", nullable: true),
                    SurnameKey = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", nullable: true),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sittings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MembersInOffice = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sittings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Spellings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficialId = table.Column<int>(type: "INTEGER", nullable: false),
                    Spelling = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    FirstDocumentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Spellings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Spellings_Officials_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: false),
                    CorrectedText = table.Column<string>(type: "TEXT", nullable: false),
                    ReplacedText = table.Column<string>(type: "TEXT", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficialId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ProxyHolderId = table.Column<int>(type: "INTEGER", nullable: true),
                    PrintedName = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_Officials_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attendance_Officials_ProxyHolderId",
                        column: x => x.ProxyHolderId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TableId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    IsTotal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BudgetTables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", nullable: true),
                    Columns = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetTables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DecisionProjects",
                columns: table => new
                {
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionProjects", x => new { x.DecisionId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_DecisionProjects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Commission = table.Column<string>(type: "TEXT", nullable: true),
                    Communes = table.Column<string>(type: "TEXT", nullable: true),
                    Service = table.Column<string>(type: "TEXT", nullable: true),
                    RapporteurId = table.Column<int>(type: "INTEGER", nullable: true),
                    RapporteurRole = table.Column<string>(type: "TEXT", nullable: true),
                    PresidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    SecretaryId = table.Column<int>(type: "INTEGER", nullable: true),
                    MembersInOffice = table.Column<int>(type: "INTEGER", nullable: true),
                    ConvocationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PostedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TransmissionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PrefectureId = table.Column<string>(type: "TEXT", nullable: true),
                    OperativeVerb = table.Column<string>(type: "TEXT", nullable: true),
                    ReportText = table.Column<string>(type: "TEXT", nullable: false),
                    PresentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ExcusedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UnexcusedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ProxyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentDocumentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Officials_PresidentId",
                        column: x => x.PresidentId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Officials_RapporteurId",
                        column: x => x.RapporteurId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Officials_SecretaryId",
                        column: x => x.SecretaryId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Encoding = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Grants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: true),
                    Nature = table.Column<string>(type: "TEXT", nullable: true),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Grants_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Grants_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Imputations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: true),
                    Direction = table.Column<string>(type: "TEXT", nullable: true),
                    Section = table.Column<string>(type: "TEXT", nullable: true),
                    Budget = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Years = table.Column<string>(type: "TEXT", nullable: false),
                    Chapter = table.Column<string>(type: "TEXT", nullable: true),
                    Operation = table.Column<string>(type: "TEXT", nullable: true),
                    ArticleNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Imputations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Imputations_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Diagnostics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Diagnostics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Diagnostics_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Amendments_DecisionId",
                table: "Amendments",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DecisionId",
                table: "Articles",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_DecisionId_Position",
                table: "Attendance",
                columns: new[] { "DecisionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_OfficialId_DecisionId",
                table: "Attendance",
                columns: new[] { "OfficialId", "DecisionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProxyHolderId",
                table: "Attendance",
                column: "ProxyHolderId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_TableId",
                table: "BudgetLines",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetTables_DecisionId",
                table: "BudgetTables",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionProjects_ProjectId",
                table: "DecisionProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_Commission",
                table: "Decisions",
                column: "Commission");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CurrentDocumentId",
                table: "Decisions",
                column: "CurrentDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_Number",
                table: "Decisions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PresidentId",
                table: "Decisions",
                column: "PresidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RapporteurId",
                table: "Decisions",
                column: "RapporteurId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SecretaryId",
                table: "Decisions",
                column: "SecretaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SittingId",
                table: "Decisions",
                column: "SittingId");

            migrationBuilder.CreateIndex(
                name: "IX_Diagnostics_DocumentId",
                table: "Diagnostics",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ContentHash",
                table: "Documents",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_DecisionId_Version",
                table: "Documents",
                columns: new[] { "DecisionId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status",
                table: "Documents",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Grants_DecisionId",
                table: "Grants",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Grants_OrganisationId",
                table: "Grants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Imputations_DecisionId",
                table: "Imputations",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Imputations_Year_Chapter",
                table: "Imputations",
                columns: new[] { "Year", "Chapter" });

            migrationBuilder.CreateIndex(
                name: "IX_Officials_Slug",
                table: "Officials",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Officials_SurnameKey",
                table: "Officials",
                column: "SurnameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Officials_TermStart_Civility_SurnameKey",
                table: "Officials",
                columns: new[] { "TermStart", "Civility", "SurnameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Key",
                table: "Organisations",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Key",
                table: "Projects",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Slug",
                table: "Projects",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sittings_Body_Date",
                table: "Sittings",
                columns: new[] { "Body", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sittings_Date",
                table: "Sittings",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Spellings_OfficialId_Spelling",
                table: "Spellings",
                columns: new[] { "OfficialId", "Spelling" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Amendments_Decisions_DecisionId",
                table: "Amendments",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Decisions_DecisionId",
                table: "Articles",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Attendance_Decisions_DecisionId",
                table: "Attendance",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_BudgetLines_BudgetTables_TableId",
                table: "BudgetLines",
                column: "TableId",
                principalTable: "BudgetTables",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_BudgetTables_Decisions_DecisionId",
                table: "BudgetTables",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_DecisionProjects_Decisions_DecisionId",
                table: "DecisionProjects",
                column: "DecisionId",
                principalTable: "Decisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_Documents_CurrentDocumentId",
                table: "Decisions",
                column: "CurrentDocumentId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS decision_search;");

            migrationBuilder.DropForeignKey(
                name: "FK_Documents_Decisions_DecisionId",
                table: "Documents");

            migrationBuilder.DropTable(
                name: "Amendments");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "Attendance");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "DecisionProjects");

            migrationBuilder.DropTable(
                name: "Diagnostics");

            migrationBuilder.DropTable(
                name: "Grants");

            migrationBuilder.DropTable(
                name: "Imputations");

            migrationBuilder.DropTable(
                name: "Spellings");

            migrationBuilder.DropTable(
                name: "BudgetTables");

            migrationBuilder.DropTable(
                name: "Projects");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "Officials");

            migrationBuilder.DropTable(
                name: "Sittings");
        }
    }
}
