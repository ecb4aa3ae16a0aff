using System.Text.RegularExpressions;

namespace Deliberations.Web.Features.Shared;

/// <summary>
/// The spaces French typography never lets a line break at, put into text written with ordinary
/// spaces: the site's own wording and the text it reproduces from the registers.
/// </summary>
/// <remarks>
/// Only existing spaces become no-break ones; none is added where the text has none, so times
/// (<c>10:30</c>), addresses and URLs are left as they are. Before <c>; ! ?</c> the space is the narrow
/// no-break U+202F (the « fine » of the Lexique de l'Imprimerie nationale); before <c>:</c>, inside
/// guillemets, after a civility or <c>n°</c> and inside numbers it is the word-wide U+00A0, as
/// <see cref="FrenchFormat"/> writes amounts. The result is plain text: it is encoded where it is written.
/// </remarks>
public static partial class FrenchSpacing
{
    public const char NarrowNoBreakSpace = '\u202F';

    public static string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        text = BeforeTightPunctuation().Replace(text, NarrowNoBreakSpace + "$1");
        text = BeforeColonOrClosingGuillemet().Replace(text, FrenchFormat.NoBreakSpace + "$1");
        text = AfterOpeningGuillemet().Replace(text, "«" + FrenchFormat.NoBreakSpace);
        text = AfterCivilityOrNumberSign().Replace(text, "$1" + FrenchFormat.NoBreakSpace);
        return InsideNumber().Replace(text, FrenchFormat.NoBreakSpace.ToString());
    }

    [GeneratedRegex(@"(?<=\S)[ \t]+([;!?])")]
    private static partial Regex BeforeTightPunctuation();

    [GeneratedRegex(@"(?<=\S)[ \t]+([:»])")]
    private static partial Regex BeforeColonOrClosingGuillemet();

    [GeneratedRegex(@"«[ \t]+")]
    private static partial Regex AfterOpeningGuillemet();

    /// <summary><c>M. Maire</c>, <c>Mme Baume</c>, <c>MM. Kimelfeld et Bernard</c>, <c>n° 2021-0801</c>.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(MM\.|M\.|Mmes|Mme|Mlle|[nN]°s?)[ \t]+(?=[\p{L}\p{N}])")]
    private static partial Regex AfterCivilityOrNumberSign();

    /// <summary>A space between digits and a group of three (<c>693 800</c>), or before a unit (<c>800 €</c>, <c>12 %</c>).</summary>
    [GeneratedRegex(@"(?<=\d)[ \t]+(?=\d{3}(?!\d)|€|%|euros?\b)")]
    private static partial Regex InsideNumber();
}
