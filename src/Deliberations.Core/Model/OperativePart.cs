namespace Deliberations.Core.Model;

/// <summary>A lettered sub-point of an article: <c>a) - le projet …</c>.</summary>
public sealed record SubPoint(string Label, string Text, int Line);

/// <summary>An article of the operative part: <c>1° - Approuve : …</c>.</summary>
/// <param name="Text">The article's text with markup removed and whitespace collapsed, sub-points included.</param>
public sealed record Article(string Number, string Text, IReadOnlyList<SubPoint> SubPoints, int Line);

/// <summary>The operative part, introduced by <c>DELIBERE</c> (Conseil) or <c>DECIDE</c> (Commission permanente).</summary>
public sealed record OperativePart(string? Verb, IReadOnlyList<Article> Articles, int Line)
{
    public static readonly OperativePart Empty = new(null, [], 0);
}
