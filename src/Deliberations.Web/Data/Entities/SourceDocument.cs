namespace Deliberations.Web.Data.Entities;

public enum ParseStatus
{
    /// <summary>Identified, and the parser raised nothing above information.</summary>
    Parsed,

    /// <summary>Identified, but some part raised a warning or an error: a clerk should check it.</summary>
    ParsedWithWarnings,

    /// <summary>The parser could not find a decision number: stored only as text and diagnostics.</summary>
    Unidentified,
}

/// <summary>
/// One text as it was imported: every distinct content is kept, so an earlier version of a decision
/// stays readable after a correction, and a document the parser did not understand is never lost.
/// </summary>
public sealed class SourceDocument
{
    public int Id { get; set; }

    /// <summary>Null while the document could not be identified as a decision.</summary>
    public int? DecisionId { get; set; }

    public Decision? Decision { get; set; }

    /// <summary>1 for the first text of a decision, then 2, 3… in import order.</summary>
    public int Version { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the bytes as read, in lower-case hex: the same bytes are never stored twice.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The decoded text the parser read; line numbers in diagnostics refer to it. Stored compressed (<see cref="CompressedText"/>).</summary>
    public required string Text { get; set; }

    public required string Encoding { get; set; }

    public DateTime ImportedAt { get; set; }

    public ParseStatus Status { get; set; }

    public List<DocumentDiagnostic> Diagnostics { get; set; } = [];
}
