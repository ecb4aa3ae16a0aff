using Deliberations.Core.Model;

namespace Deliberations.Web.Features.Decisions;

/// <summary>An imported text as the clerk checks it: the text, what the parser said about it, and its siblings.</summary>
/// <param name="Versions">Every text of the same decision, oldest first (empty for an unidentified document).</param>
/// <param name="CurrentVersion">The version the decision shows now; null for an unidentified document.</param>
public sealed record SourceView(SourceDocumentRow Document, string Text, IReadOnlyList<DiagnosticRow> Diagnostics, IReadOnlyList<SourceDocumentRow> Versions, int? CurrentVersion)
{
    /// <summary>Warnings and errors: what a reader must know before trusting the page.</summary>
    public IReadOnlyList<DiagnosticRow> ToCheck { get; } = [.. Diagnostics.Where(d => d.Severity >= Severity.Warning)];

    /// <summary>Notes that explain a reading (a correction applied, several proxies) without casting doubt on it.</summary>
    public IReadOnlyList<DiagnosticRow> Notes { get; } = [.. Diagnostics.Where(d => d.Severity < Severity.Warning)];

    public bool IsCurrent => CurrentVersion == Document.Version;

    public IReadOnlyList<string> Lines => Text.Split('\n');

    /// <summary>The current text of a decision, its diagnostics worst first on each line, as the clerk reads them.</summary>
    public static SourceView OfCurrent(DecisionRecord decision)
    {
        var current = decision.Current;
        return new SourceView(
            current.Document,
            decision.Facts.SourceText,
            [.. current.Diagnostics.OrderBy(d => d.Line).ThenByDescending(d => d.Severity)],
            [.. decision.Versions.Select(v => v.Document)],
            current.Document.Version);
    }

    /// <summary>The id of a line of the text, which diagnostics link to.</summary>
    public static string LineId(int line) => "ligne-" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
