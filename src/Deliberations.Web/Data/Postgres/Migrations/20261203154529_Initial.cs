using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Deliberations.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // French stemming with accents ignored: "ecole" finds "écoles". unaccent and pg_trgm are
            // trusted extensions (PostgreSQL 13+): a database owner may create them.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE TEXT SEARCH CONFIGURATION deliberations_fr (COPY = french);
                ALTER TEXT SEARCH CONFIGURATION deliberations_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
                """);

            migrationBuilder.CreateTable(
                name: "Officials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Civility = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Surname = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FirstName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SurnameKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Slug = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PersonKey = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PresentCount = table.Column<int>(type: "integer", nullable: false),
                    ExcusedCount = table.Column<int>(type: "integer", nullable: false),
                    UnexcusedCount = table.Column<int>(type: "integer", nullable: false),
                    ProxiesGivenCount = table.Column<int>(type: "integer", nullable: false),
                    ProxiesHeldCount = table.Column<int>(type: "integer", nullable: false),
                    ReportCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Acronym = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Slug = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DecisionCount = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: true),
                    Latest = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Slug = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DecisionCount = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: true),
                    Latest = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sittings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Body = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    MembersInOffice = table.Column<int>(type: "integer", nullable: true),
                    DecisionCount = table.Column<int>(type: "integer", nullable: false),
                    PresentCount = table.Column<int>(type: "integer", nullable: false),
                    BudgetTableCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sittings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaleFigures",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaleFigures", x => new { x.Kind, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Spellings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficialId = table.Column<int>(type: "integer", nullable: false),
                    Spelling = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Reason = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FirstDocumentId = table.Column<int>(type: "integer", nullable: false),
                    Printed = table.Column<int>(type: "integer", nullable: false)
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
                name: "BudgetGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SittingId = table.Column<int>(type: "integer", nullable: true),
                    Years = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Chapter = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Direction = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetGroups_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "DecisionFacetCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SittingId = table.Column<int>(type: "integer", nullable: true),
                    Commission = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    RapporteurId = table.Column<int>(type: "integer", nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "OfficialSittings",
                columns: table => new
                {
                    OfficialId = table.Column<int>(type: "integer", nullable: false),
                    SittingId = table.Column<int>(type: "integer", nullable: false),
                    Listed = table.Column<int>(type: "integer", nullable: false),
                    Present = table.Column<int>(type: "integer", nullable: false),
                    Excused = table.Column<int>(type: "integer", nullable: false),
                    Unexcused = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialSittings", x => new { x.OfficialId, x.SittingId });
                    table.ForeignKey(
                        name: "FK_OfficialSittings_Officials_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "Officials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfficialSittings_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CorrectedText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ReplacedText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Changes = table.Column<string>(type: "text", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    OfficialId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ProxyHolderId = table.Column<int>(type: "integer", nullable: true),
                    PrintedName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TableId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Values = table.Column<List<decimal?>>(type: "numeric[]", nullable: false),
                    IsTotal = table.Column<bool>(type: "boolean", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BudgetTables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Caption = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Columns = table.Column<List<string>>(type: "text[]", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetTables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DecisionProjects",
                columns: table => new
                {
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: true),
                    Source = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SittingId = table.Column<int>(type: "integer", nullable: true),
                    SittingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ActName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Commission = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Communes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Service = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    RapporteurId = table.Column<int>(type: "integer", nullable: true),
                    RapporteurRole = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PresidentId = table.Column<int>(type: "integer", nullable: true),
                    SecretaryId = table.Column<int>(type: "integer", nullable: true),
                    MembersInOffice = table.Column<int>(type: "integer", nullable: true),
                    ConvocationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PostedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ReceivedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TransmissionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PrefectureId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    OperativeVerb = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ReportStart = table.Column<int>(type: "integer", nullable: false),
                    ReportLength = table.Column<int>(type: "integer", nullable: false),
                    ReportText = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PresentCount = table.Column<int>(type: "integer", nullable: false),
                    ExcusedCount = table.Column<int>(type: "integer", nullable: false),
                    UnexcusedCount = table.Column<int>(type: "integer", nullable: false),
                    ProxyCount = table.Column<int>(type: "integer", nullable: false),
                    SittingLine = table.Column<int>(type: "integer", nullable: false),
                    NumberLine = table.Column<int>(type: "integer", nullable: false),
                    TitleLine = table.Column<int>(type: "integer", nullable: false),
                    CommissionLine = table.Column<int>(type: "integer", nullable: false),
                    CommunesLine = table.Column<int>(type: "integer", nullable: false),
                    ServiceLine = table.Column<int>(type: "integer", nullable: false),
                    RapporteurLine = table.Column<int>(type: "integer", nullable: false),
                    PresidentLine = table.Column<int>(type: "integer", nullable: false),
                    SecretaryLine = table.Column<int>(type: "integer", nullable: false),
                    MembersInOfficeLine = table.Column<int>(type: "integer", nullable: false),
                    ConvocationLine = table.Column<int>(type: "integer", nullable: false),
                    PostedLine = table.Column<int>(type: "integer", nullable: false),
                    ReportLine = table.Column<int>(type: "integer", nullable: false),
                    LegalityLine = table.Column<int>(type: "integer", nullable: false),
                    CurrentDocumentId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Text = table.Column<byte[]>(type: "bytea", nullable: false),
                    Encoding = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: true),
                    Nature = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: true),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: true),
                    Direction = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Section = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Budget = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Years = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Chapter = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Operation = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ArticleNumber = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                name: "IX_Attendance_OfficialId_ProxyHolderId",
                table: "Attendance",
                columns: new[] { "OfficialId", "ProxyHolderId" },
                filter: "\"ProxyHolderId\" IS NOT NULL")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsLast, NullSortOrder.NullsFirst });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ProxyHolderId_OfficialId",
                table: "Attendance",
                columns: new[] { "ProxyHolderId", "OfficialId" },
                filter: "\"ProxyHolderId\" IS NOT NULL")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetGroups_SittingId",
                table: "BudgetGroups",
                column: "SittingId")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_TableId",
                table: "BudgetLines",
                column: "TableId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetTables_DecisionId_Position",
                table: "BudgetTables",
                columns: new[] { "DecisionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFacetCounts_RapporteurId",
                table: "DecisionFacetCounts",
                column: "RapporteurId")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFacetCounts_SittingId",
                table: "DecisionFacetCounts",
                column: "SittingId")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionProjects_ProjectId",
                table: "DecisionProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_Commission",
                table: "Decisions",
                column: "Commission")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst });

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
                name: "IX_Decisions_SecretaryId",
                table: "Decisions",
                column: "SecretaryId")
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst });

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
                columns: new[] { "DecisionId", "Version" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status_DecisionId",
                table: "Documents",
                columns: new[] { "Status", "DecisionId" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsLast, NullSortOrder.NullsFirst });

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
                columns: new[] { "Year", "Chapter" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsFirst, NullSortOrder.NullsFirst });

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
                columns: new[] { "TermStart", "Civility", "SurnameKey" })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.NullsLast, NullSortOrder.NullsFirst, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialSittings_SittingId",
                table: "OfficialSittings",
                column: "SittingId");

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

            // The full-text index lives outside the EF Core model, as on every engine (Data/Postgres/PostgresSearch).
            migrationBuilder.Sql("""
                CREATE TABLE decision_search (
                    "DecisionId" integer PRIMARY KEY REFERENCES "Decisions" ("Id") ON DELETE CASCADE,
                    document tsvector NOT NULL);
                CREATE INDEX decision_search_document ON decision_search USING GIN (document);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS decision_search; DROP TEXT SEARCH CONFIGURATION IF EXISTS deliberations_fr;");

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
                name: "BudgetGroups");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "DecisionFacetCounts");

            migrationBuilder.DropTable(
                name: "DecisionProjects");

            migrationBuilder.DropTable(
                name: "Diagnostics");

            migrationBuilder.DropTable(
                name: "Grants");

            migrationBuilder.DropTable(
                name: "Imputations");

            migrationBuilder.DropTable(
                name: "OfficialSittings");

            migrationBuilder.DropTable(
                name: "Spellings");

            migrationBuilder.DropTable(
                name: "StaleFigures");

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
