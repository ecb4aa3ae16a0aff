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
        // Asked of every line of the report (by two readers): only a line starting as one of the two
        // patterns can (a Roman numeral, a digit, a quote) goes through them, and only those become strings.
        var plain = line.PlainSpan;
        if (plain.Length is 0 or > MaxLength || !(plain[0] is 'I' or 'V' or 'X' or 'L' or '"' || char.IsDigit(plain[0])))
        {
            return null;
        }

        var text = line.Plain;

        var section = Section().Match(text);
        if (section.Success && IsRoman(section.Groups["n"].Value))
        {
            return (HeadingKind.Section, section.Groups["n"].Value, Title(section.Groups["title"].Value));
        }

        var point = Point().Match(text);
        return point.Success ? (HeadingKind.Point, point.Groups["n"].Value + "°", Title(point.Groups["title"].Value)) : null;
    }

    private static string Title(string text) => text.Trim().Trim('"', '*').Trim();

    private static bool IsRoman(string n) => n.Length <= 6 && n.All(c => c is 'I' or 'V' or 'X' or 'L');

    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})\s*(?:-|–|—|\.|\))\s*(?<title>\S.*)$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^""?(?<n>\d{1,2})\s*°\s*(?:-|–|—)?\s*(?<title>\S.*)$")]
    private static partial Regex Point();
}
