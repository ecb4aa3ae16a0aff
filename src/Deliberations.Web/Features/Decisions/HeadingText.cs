using System.Text.RegularExpressions;

namespace Deliberations.Web.Features.Decisions;

/// <summary>Recognises the two kinds of heading the reports use, as the parser's heading reader does.</summary>
public static partial class HeadingText
{
    // "II - Projets soutenus…", "IV. Budget", "III – …": a Roman numeral, then a separator.
    [GeneratedRegex(@"^\s*[IVXLC]{1,6}\s*[-–—.)]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex Section();

    // "2° - GrandLyon Connect Pro", "1° Laclasse.com".
    [GeneratedRegex(@"^\s*\d{1,2}\s*°\s*[-–—.)]?\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex Point();

    /// <summary>3 for a section, 4 for a point, null for anything else.</summary>
    public static int? LevelOf(string text) =>
        text.Length > 200 ? null
        : Section().IsMatch(text) ? DecisionHtml.FirstHeadingLevel
        : Point().IsMatch(text) ? DecisionHtml.FirstHeadingLevel + 1
        : null;
}
