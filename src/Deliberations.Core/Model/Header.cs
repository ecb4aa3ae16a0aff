namespace Deliberations.Core.Model;

/// <summary>The facts printed above the attendance lists (and repeated after them).</summary>
public sealed record Header
{
    public static readonly Header Empty = new();

    /// <summary><c>Conseil</c> or <c>Commission permanente</c>, or another body the document names.</summary>
    public string? Body { get; init; }
    public DateOnly? SessionDate { get; init; }
    /// <summary>The council as the document names it (<c>VILLE D'AVRANCHES</c>), where it does.</summary>
    public string? Collectivity { get; init; }
    /// <summary>As printed: <c>2019-3364</c>, <c>CP-2018-2133</c>.</summary>
    public string? Number { get; init; }
    /// <summary>What the register calls the act, as the number line prints it: <c>Délibération</c>, <c>Décision</c>.</summary>
    public string? ActName { get; init; }
    public string? Commission { get; init; }
    public string? Communes { get; init; }
    public string? Title { get; init; }
    /// <summary>1-based line of the <c>objet</c>, so that what is read from the title can point at it; 0 when there is no title.</summary>
    public int TitleLine { get; init; }
    public string? Service { get; init; }
    public Person? Rapporteur { get; init; }
    public Person? President { get; init; }
    public Person? Secretary { get; init; }
    public int? MembersInOffice { get; init; }
    public DateOnly? ConvocationDate { get; init; }
    public DateOnly? PostedDate { get; init; }
    /// <summary>Date of the report or draft the decision answers (<c>Vu le rapport du …</c>).</summary>
    public DateOnly? ReportDate { get; init; }
    /// <summary>What the act calls the text it answers, as printed after <c>Vu le</c>: <c>rapport</c>, <c>projet de décision</c>.</summary>
    public string? ReportName { get; init; }
    /// <summary>Where each of the facts above was read.</summary>
    public HeaderLines Lines { get; init; } = HeaderLines.None;
}
