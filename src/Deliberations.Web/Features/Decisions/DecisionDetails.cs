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

    public string? Body { get; init; }

    public DateOnly? SittingDate { get; init; }

    public string? Commission { get; init; }

    public string? Communes { get; init; }

    public string? Service { get; init; }

    public OfficialName? Rapporteur { get; init; }

    public string? RapporteurRole { get; init; }

    public OfficialName? President { get; init; }

    public OfficialName? Secretary { get; init; }

    public int? MembersInOffice { get; init; }

    public DateOnly? ConvocationDate { get; init; }

    public DateOnly? ReportDate { get; init; }

    public DateOnly? PostedDate { get; init; }

    public DateOnly? TransmissionDate { get; init; }

    public DateOnly? ReceivedDate { get; init; }

    public string? PrefectureId { get; init; }

    public string? OperativeVerb { get; init; }

    public string? ReportCopy { get; init; }

    public string? ReportSource { get; init; }

    public int ReportStart { get; init; }

    public int ReportLength { get; init; }

    public string ReportText => field ??= StoredReport.Text(ReportCopy, ReportSource, ReportStart, ReportLength);

    public int PresentCount { get; init; }

    public int ExcusedCount { get; init; }

    public int UnexcusedCount { get; init; }

    public int ProxyCount { get; init; }

    public required int CurrentDocumentId { get; init; }
}

public sealed record ArticleRow(string Number, string Text);

public sealed record ImputationRow(string ArticleNumber, decimal? Amount, string? Direction, string? Section, string? Budget, IReadOnlyList<int> Years, string? Chapter, string? Operation);

public sealed record AmendmentRow(string Target, string CorrectedText, string ReplacedText, IReadOnlyList<AmendedValue> Changes);

public sealed record ProjectRow(string Name, string Slug, decimal? Amount);

public sealed record GrantRow(string Name, string? Acronym, string Slug, string? Nature, decimal? Amount);

public sealed record DiagnosticRow(Severity Severity, string Code, int Line, string Message);

/// <summary>One imported text: the current version of a decision, an earlier one, or an unidentified document.</summary>
public sealed record SourceDocumentRow(int Id, int Version, string FileName, DateTime ImportedAt, ParseStatus Status);

/// <summary>Everything the decision page shows, each part read by its own narrow query.</summary>
public sealed record DecisionDetails(
    DecisionFacts Facts,
    IReadOnlyList<ArticleRow> Articles,
    AttendanceView Attendance,
    IReadOnlyList<BudgetTableView> BudgetTables,
    IReadOnlyList<ImputationRow> Imputations,
    IReadOnlyList<AmendmentRow> Amendments,
    IReadOnlyList<ProjectRow> Projects,
    IReadOnlyList<GrantRow> Grants,
    SourceView Source,
    IReadOnlySet<string> StoredReferences);
