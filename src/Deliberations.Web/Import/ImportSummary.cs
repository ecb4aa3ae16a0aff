namespace Deliberations.Web.Import;

public enum ImportOutcome
{
    New,
    Updated,
    Unchanged,
    Unidentified,

    /// <summary>Stored with its text and diagnostics, but one stage of the import failed and its part is missing.</summary>
    Partial,
    Failed,
}

/// <summary>What happened to one file.</summary>
/// <param name="Council">The council the document was filed under, when it was stored.</param>
public sealed record ImportResult(string File, ImportOutcome Outcome, int Warnings, string? Message = null, string? Number = null, string? Council = null);

/// <summary>The counts the <c>import</c> verb ends with.</summary>
public sealed class ImportSummary
{
    private readonly List<ImportResult> _results = [];

    public IReadOnlyList<ImportResult> Results => _results;

    public int Read => _results.Count(r => r.Outcome != ImportOutcome.Failed);

    public int New => Count(ImportOutcome.New);

    public int Updated => Count(ImportOutcome.Updated);

    public int Unchanged => Count(ImportOutcome.Unchanged);

    public int Unidentified => Count(ImportOutcome.Unidentified);

    public int Partial => Count(ImportOutcome.Partial);

    public int Failed => Count(ImportOutcome.Failed);

    public int WithDiagnostics => _results.Count(r => r.Warnings > 0);

    /// <summary>Lines of the curated roster that named no official, for the person who keeps it.</summary>
    public IReadOnlyList<Roster.Entry> RosterUnmatched { get; set; } = [];

    /// <summary>Why the CSV exports could not be written after the import, in French; null when they were. The import itself succeeded.</summary>
    public string? ExportWarning { get; set; }

    public void Add(ImportResult result) => _results.Add(result);

    public override string ToString() =>
        $"{Read} lus, {New} nouveaux, {Unchanged} inchangés, {Updated} mis à jour, {Unidentified} non identifiés, {Partial} stockés en partie, {WithDiagnostics} avec diagnostics, {Failed} en échec";

    private int Count(ImportOutcome outcome) => _results.Count(r => r.Outcome == outcome);
}
