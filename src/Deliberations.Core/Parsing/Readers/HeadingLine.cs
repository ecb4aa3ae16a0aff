using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Recognises a heading of the report on its own line: a section <c>II - Contexte</c> or a point
/// <c>2° - GrandLyon Connect Pro</c>, bold or marked as a Markdown heading or neither.
/// </summary>
public static partial class HeadingLine
{
    /// <summary>Longer lines are paragraphs that happen to start with a numeral, not headings.</summary>
    private const int MaxLength = 160;

    public static (HeadingKind Kind, string Number, string Title)? Match(SourceLine line)
    {
        var text = line.Plain;
        if (text.Length > MaxLength)
        {
            return null;
        }

        var section = Section().Match(text);
        if (section.Success)
        {
            return (HeadingKind.Section, section.Groups["n"].Value, Title(section.Groups["title"].Value));
        }

        var point = Point().Match(text);
        return point.Success ? (HeadingKind.Point, point.Groups["n"].Value + "°", Title(point.Groups["title"].Value)) : null;
    }

    /// <summary>Whether <paramref name="line"/> is a heading: a table's caption is the heading above it.</summary>
    public static bool IsHeading(SourceLine line) => Match(line) is not null;

    private static string Title(string text) => text.Trim().Trim('"', '*').Trim();

    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})\s*(?:-|–|—|\.|\))\s*(?<title>\S.*)$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^""?(?<n>\d{1,2})\s*°\s*(?:-|–|—)?\s*(?<title>\S.*)$")]
    private static partial Regex Point();
}
