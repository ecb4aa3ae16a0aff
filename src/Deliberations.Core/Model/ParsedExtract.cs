namespace Deliberations.Core.Model;

/// <summary>Everything the parser understood of one extract. Built by <c>ExtractParser</c>, never null-filled by guesswork.</summary>
public sealed record ParsedExtract(
    SourceInfo Source,
    Header Header,
    Attendance Attendance,
    Report Report,
    OperativePart OperativePart,
    IReadOnlyList<BudgetTable> BudgetTables,
    IReadOnlyList<Imputation> Imputations,
    IReadOnlyList<Amendment> Amendments,
    IReadOnlyList<NamedProject> Projects,
    IReadOnlyList<Beneficiary> Beneficiaries,
    Legality Legality,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>An extract (one decision) or the minutes of a sitting.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.Extract;

    /// <summary>The numbered decisions of a sitting's minutes, in document order; empty for an extract.</summary>
    public IReadOnlyList<SittingItem> Items { get; init; } = [];

    /// <summary>
    /// For one item of a sitting's minutes, the sitting's lists as printed, of which <see cref="Attendance"/>
    /// is what held for this item (<see cref="Model.Attendance.For"/>): names are matched to officials on the
    /// whole list, once. The same as <see cref="Attendance"/> for an extract.
    /// </summary>
    public Attendance SittingAttendance { get => field ?? Attendance; init; }

    /// <summary>
    /// True when the document can be filed: an extract under its decision's number, minutes under their
    /// sitting's date (their items are numbered within it).
    /// </summary>
    public bool IsIdentified => Kind == DocumentKind.Minutes ? Header.SessionDate is not null : Header.Number is not null;
}

/// <summary>How the bytes were read.</summary>
/// <param name="Encoding">"utf-8", "utf-8-bom", "windows-1252", …</param>
/// <param name="Text">The decoded, normalised text the line numbers refer to.</param>
public sealed record SourceInfo(string Encoding, int LineCount, string Text);
