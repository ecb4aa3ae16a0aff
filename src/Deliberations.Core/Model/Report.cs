namespace Deliberations.Core.Model;

/// <summary>
/// A heading of the report: a section (<c>I - Contexte</c>) or a numbered point inside one
/// (<c>2° - GrandLyon Connect Pro</c>). Numbered points often name the projects a decision funds.
/// </summary>
/// <param name="Kind">Whether the heading is a roman-numbered section or an ordinal point.</param>
/// <param name="Number">As printed: <c>II</c>, <c>3°</c>.</param>
/// <param name="Section">For a point, the number of the section it belongs to.</param>
public sealed record Heading(HeadingKind Kind, string Number, string Title, string? Section, int Line);

public enum HeadingKind
{
    Section,
    Point,
}

/// <summary>The report (exposé des motifs) between the opening formula and the operative part.</summary>
/// <param name="Text">The report as printed (Markdown/HTML kept), for display.</param>
/// <param name="Start">Where <paramref name="Text"/> starts in the document's text, which holds it whole: a store keeps the span, not a second copy.</param>
public sealed record Report(string Text, IReadOnlyList<Heading> Headings, int FirstLine, int Start)
{
    public static readonly Report Empty = new(string.Empty, [], 0, 0);
}
