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
        if (!MayBeHeading(line.PlainSpan))
        {
            return null;
        }

        var text = line.Plain;

        var section = Section().Match(text);
        if (section.Success)
        {
            return (HeadingKind.Section, section.Groups["n"].Value, Title(section.Groups["title"].Value));
        }

        var point = Point().Match(text);
        return point.Success ? (HeadingKind.Point, point.Groups["n"].Value + "°", Title(point.Groups["title"].Value)) : null;
    }

    /// <summary>Whether <paramref name="line"/> is a heading, without reading it: the table reader only needs to know.</summary>
    public static bool IsHeading(SourceLine line)
    {
        var plain = line.PlainSpan;
        return MayBeHeading(plain) && (Section().IsMatch(plain) || Point().IsMatch(plain));
    }

    /// <summary>
    /// Asked of every line of the report (by two readers): only a line starting as one of the two
    /// patterns can (a Roman numeral, a digit, a quote) goes through them, and only those become strings.
    /// </summary>
    private static bool MayBeHeading(ReadOnlySpan<char> plain) =>
        plain.Length is > 0 and <= MaxLength && (plain[0] is 'I' or 'V' or 'X' or 'L' or '"' || char.IsDigit(plain[0]));

    private static string Title(string text) => text.Trim().Trim('"', '*').Trim();

    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})\s*(?:-|–|—|\.|\))\s*(?<title>\S.*)$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^""?(?<n>\d{1,2})\s*°\s*(?:-|–|—)?\s*(?<title>\S.*)$")]
    private static partial Regex Point();
}
