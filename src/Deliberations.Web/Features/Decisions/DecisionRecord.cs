using Deliberations.Core.Model;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Decisions;

/// <summary>The header of a decision: who, when, what, and where its text stands.</summary>
public sealed class DecisionFacts
{
    public required int Id { get; init; }

    public required string Number { get; init; }

    public required string Title { get; init; }

    /// <summary>What the register calls the act, as printed: <c>Décision</c> for the Commission permanente's.</summary>
    public string? PrintedActName { get; init; }

    /// <summary>What the act calls the text it answers, as printed: <c>projet de décision</c>, <c>rapport</c>.</summary>
    public string? PrintedReportName { get; init; }

    /// <summary>Stores made before the parser read the act's name hold none: the register's usual word stands in.</summary>
    public string ActName => PrintedActName ?? "Délibération";

    public string ReportName => PrintedReportName ?? "rapport";

    /// <summary><c>Décision n° CP-2018-2133</c>: the act named as its register names it.</summary>
    public string Heading => $"{ActName} n° {Number}";

    public required FactLines Lines { get; init; }

    public string? Body { get; init; }

    public DateOnly? SittingDate { get; init; }

    public string? Commission { get; init; }

    public string? Communes { get; init; }

    public string? Service { get; init; }

    public OfficialName? Rapporteur { get; init; }

    public string? RapporteurRole { get; init; }

    public OfficialName? President { get; init; }

    public OfficialName? Secretary { get; init; }

    /// <summary>As this extract prints it.</summary>
    public int? MembersInOffice { get; init; }

    /// <summary>As the sitting's other extracts print it.</summary>
    public int? SittingMembersInOffice { get; init; }

    /// <summary>The page falls back on the sitting's figure when this extract does not print one.</summary>
    public int? KnownMembersInOffice => MembersInOffice ?? SittingMembersInOffice;

    public DateOnly? ConvocationDate { get; init; }

    public DateOnly? ReportDate { get; init; }

    public DateOnly? PostedDate { get; init; }

    public DateOnly? TransmissionDate { get; init; }

    public DateOnly? ReceivedDate { get; init; }

    public string? PrefectureId { get; init; }

    public string? OperativeVerb { get; init; }

    public string? ReportCopy { get; init; }

    /// <summary>The current document's text, which holds the report and is shown whole at the foot of the page.</summary>
    public required string SourceText { get; init; }

    public int ReportStart { get; init; }

    public int ReportLength { get; init; }

    public string ReportText => field ??= StoredReport.Text(ReportCopy, SourceText, ReportStart, ReportLength);

    public int PresentCount { get; init; }

    public int ExcusedCount { get; init; }

    public int UnexcusedCount { get; init; }

    public int ProxyCount { get; init; }

    public required int CurrentDocumentId { get; init; }
}

public sealed record ArticleRow(string Number, string Text, int Line);

/// <summary>One official's line in the attendance lists, in the document's order.</summary>
/// <param name="Line">The line of the source text where the name stands.</param>
public sealed record AttendanceRow(OfficialName Official, string PrintedName, AttendanceStatus Status, OfficialName? ProxyHolder, int Line);

public sealed record BudgetRowRecord(string Label, IReadOnlyList<decimal?> Values, bool IsTotal, int Line);

/// <summary>A budget table as stored: the corrections read out in the session applied.</summary>
public sealed record BudgetTableRecord(string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<BudgetRowRecord> Rows, int Line);

public sealed record ImputationRow(string ArticleNumber, decimal? Amount, string? Direction, string? Section, string? Budget, IReadOnlyList<int> Years, string? Chapter, string? Operation, int Line);

public sealed record AmendmentRow(string Target, string CorrectedText, string ReplacedText, IReadOnlyList<AmendedValue> Changes, int Line);

/// <param name="Source">Where the parser found the name: title, heading, named project.</param>
public sealed record ProjectRow(string Name, string Slug, decimal? Amount, string Source, int Line);

public sealed record GrantRow(string Name, string? Acronym, string Slug, string? Nature, BeneficiaryKind? Kind, decimal? Amount, int Line);

public sealed record DiagnosticRow(Severity Severity, string Code, int Line, string Message);

/// <summary>One imported text: the current version of a decision, an earlier one, or an unidentified document.</summary>
public sealed record SourceDocumentRow(int Id, int Version, string FileName, string ContentHash, string Encoding, DateTime ImportedAt, ParseStatus Status);

/// <summary>An imported text of a decision and what the parser said about it.</summary>
public sealed record DocumentVersion(SourceDocumentRow Document, IReadOnlyList<DiagnosticRow> Diagnostics);

/// <summary>
/// One decision as the parser stored it, read once for every view of it: its page, its API answer.
/// Each view shapes it; none reads the store on its own.
/// </summary>
/// <param name="Versions">Every imported text of the decision, oldest first, each with its diagnostics in line order.</param>
public sealed record DecisionRecord(
    DecisionFacts Facts,
    IReadOnlyList<ArticleRow> Articles,
    IReadOnlyList<AttendanceRow> Attendance,
    IReadOnlyList<BudgetTableRecord> BudgetTables,
    IReadOnlyList<ImputationRow> Imputations,
    IReadOnlyList<AmendmentRow> Amendments,
    IReadOnlyList<ProjectRow> Projects,
    IReadOnlyList<GrantRow> Grants,
    IReadOnlyList<DocumentVersion> Versions)
{
    public DocumentVersion Current => Versions.First(v => v.Document.Id == Facts.CurrentDocumentId);
}
