namespace Deliberations.Web.Data.Entities;

/// <summary>A decision of the register, as its current source text says. Parsed parts are children.</summary>
public sealed class Decision
{
    public int Id { get; set; }

    /// <summary>The council that adopted it: numbers are unique within a council, not across councils.</summary>
    public int CouncilId { get; set; } = Council.HomeId;

    /// <summary>As printed: <c>2019-3364</c>, <c>CP-2018-2133</c>.</summary>
    public required string Number
    {
        get;
        set
        {
            field = value;
            OrderKey = DecisionOrder.KeyOf(value);
        }
    }

    /// <summary>Where the number sorts among a sitting's (<see cref="DecisionOrder"/>): set with it.</summary>
    public string OrderKey { get; private set; } = "";

    public int? SittingId { get; set; }

    public Sitting? Sitting { get; set; }

    /// <summary>
    /// The sitting's date, kept beside its id so that lists, newest first, page on one index of this
    /// table: ordered through the join, each page of the list sorted every decision (60 ms at 200,000).
    /// </summary>
    public DateOnly? SittingDate { get; set; }

    /// <summary>What the register calls the act, as printed: <c>Délibération</c>, <c>Décision</c>; null when not read.</summary>
    public string? ActName { get; set; }

    public required string Title { get; set; }

    public string? Commission { get; set; }

    public string? Communes { get; set; }

    public string? Service { get; set; }

    public int? RapporteurId { get; set; }

    public Official? Rapporteur { get; set; }

    public string? RapporteurRole { get; set; }

    public int? PresidentId { get; set; }

    public Official? President { get; set; }

    public int? SecretaryId { get; set; }

    public Official? Secretary { get; set; }

    public int? MembersInOffice { get; set; }

    public DateOnly? ConvocationDate { get; set; }

    public DateOnly? PostedDate { get; set; }

    public DateOnly? ReportDate { get; set; }

    /// <summary>What the act calls the text it answers, as printed: <c>rapport</c>, <c>projet de décision</c>.</summary>
    public string? ReportName { get; set; }

    public DateOnly? ReceivedDate { get; set; }

    public DateOnly? TransmissionDate { get; set; }

    public string? PrefectureId { get; set; }

    public string? OperativeVerb { get; set; }

    /// <summary>
    /// The report (Markdown and HTML kept, rendered sanitized on the page) is the span
    /// <see cref="ReportStart"/>, <see cref="ReportLength"/> of the current document's text, which
    /// holds it whole: a second copy here made every decision row ten times larger, and every query
    /// that joined decisions read it. Read it with <c>StoredReport</c>.
    /// </summary>
    public int ReportStart { get; set; }

    public int ReportLength { get; set; }

    /// <summary>The copy of the report that stores made before <see cref="ReportStart"/> kept; null since.</summary>
    public string? ReportText { get; set; }

    public int PresentCount { get; set; }

    public int ExcusedCount { get; set; }

    public int UnexcusedCount { get; set; }

    public int ProxyCount { get; set; }

    /*
     * The 1-based lines of the current text each header fact was read from, 0 when not read: the page
     * sends the clerk from each fact to its line.
     */

    public int SittingLine { get; set; }

    public int NumberLine { get; set; }

    public int TitleLine { get; set; }

    public int CommissionLine { get; set; }

    public int CommunesLine { get; set; }

    public int ServiceLine { get; set; }

    public int RapporteurLine { get; set; }

    public int PresidentLine { get; set; }

    public int SecretaryLine { get; set; }

    public int MembersInOfficeLine { get; set; }

    public int ConvocationLine { get; set; }

    public int PostedLine { get; set; }

    public int ReportLine { get; set; }

    /// <summary>The legality footer, which gives the transmission and reception dates and the prefecture's identifier.</summary>
    public int LegalityLine { get; set; }

    public int CurrentDocumentId { get; set; }

    public SourceDocument? CurrentDocument { get; set; }

    public List<SourceDocument> Versions { get; set; } = [];

    public List<DecisionArticle> Articles { get; set; } = [];

    public List<AttendanceEntry> Attendance { get; set; } = [];

    public List<DecisionBudgetTable> BudgetTables { get; set; } = [];

    public List<DecisionImputation> Imputations { get; set; } = [];

    public List<DecisionAmendment> Amendments { get; set; } = [];

    public List<DecisionProject> Projects { get; set; } = [];

    public List<Grant> Grants { get; set; } = [];
}
