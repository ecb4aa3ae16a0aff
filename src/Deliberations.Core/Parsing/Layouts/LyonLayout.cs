using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing.Layouts;

/// <summary>
/// What is the Métropole de Lyon's in its extracts of the register: one decision per document,
/// lists in the grouped <c>MM.</c>/<c>Mmes</c> style with dotted civilities, proxies in parentheses.
/// </summary>
public static partial class LyonLayout
{
    public static readonly ListStyle Lists = new(
        Civility(),
        Proxy(),
        NameShape(),
        Separators: [],
        CivilityStartsItem: false,
        Roles: new HashSet<string>(StringComparer.Ordinal),
        SplitFirstNames: false,
        Note: null,
        Collective: null);

    /// <summary>A civility followed by a space or the end of the item; the dot is optional after the abbreviations but M.</summary>
    [GeneratedRegex(@"^(?:MM\.?|Mmes\.?|MMES\.?|Mme\.?|MME\.?|Mlle\.?|M\.|Monsieur|Madame|Messieurs|Mesdames)(?=\s|$)")]
    private static partial Regex Civility();

    /// <summary>A proxy, <c>(pouvoir à …)</c>, <c>(procuration donnée à …)</c>: its holder runs to the closing parenthesis, or to the end when a copy lost it.</summary>
    [GeneratedRegex(@"\(\s*(?:pouvoir|procuration|pouvoir donn[ée])\s+(?:[àa]|au|donn[ée] [àa])\s+(?<holder>[^)]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Proxy();

    /// <summary>A surname (trimmed): a letter first, then letters, combining marks, spaces, apostrophes, hyphens, dots; never digits.</summary>
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}'’\- .]*$")]
    private static partial Regex NameShape();
}
