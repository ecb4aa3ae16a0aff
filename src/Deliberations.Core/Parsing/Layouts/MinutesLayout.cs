using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing.Layouts;

/// <summary>
/// What the minutes of a whole sitting (procès-verbal, compte rendu) print, as the corpus of other
/// councils shows them: civilities with or without dots, first names or initials before surnames,
/// proxies as sentences (<c>X a donné pouvoir à Y</c>, <c>X par Y</c>, <c>X à Y</c>), counts and dates
/// as labels whose value may come lines later, and numbered items.
/// </summary>
public static partial class MinutesLayout
{
    public static readonly ListStyle Lists = new(
        Civility(),
        Proxy(),
        NameShape(),
        Separators: [" – ", " - "],
        CivilityStartsItem: true,
        Roles: new HashSet<string>(
            ["maire", "depute-maire", "adjoint", "adjointe", "adjoints", "conseiller municipal", "conseillere municipale", "conseillers municipaux", "president", "presidente", "maire-adjoint"],
            StringComparer.Ordinal),
        SplitFirstNames: true,
        Note: Note(),
        Collective: Collective());

    /// <summary>How items are numbered, tried in this order; a document uses the first that matches (groups <c>number</c>, <c>title</c>).</summary>
    public static readonly IReadOnlyList<Regex> ItemNumberings = [DatedNumber(), YearNumber(), PlainNumber()];

    [GeneratedRegex(@"^(?:MM\.?|Mmes\.?|MMES\.?|Mme\.?|MME\.?|Mlle\.?|M\.?|[Mm]onsieur|[Mm]adame|Messieurs|Mesdames)(?=\s|$)")]
    private static partial Regex Civility();

    /// <summary>
    /// <c>(pouvoir à …)</c>, <c>a donné pouvoir à …</c> (and the typed <c>pourvoir</c>, <c>pourvoie</c>),
    /// <c>donne procuration à …</c>, <c>… par …</c> (absents représentés), <c>… à …</c> (under <c>ont donné pouvoir</c>).
    /// </summary>
    [GeneratedRegex(@"(?:\(\s*|\s+)(?:(?:(?:a\s+donn[ée]|donne)\s+)?(?:[Pp]ouvoir|[Pp]ourvoir|[Pp]ourvoie|[Pp]rocuration)\s+(?:donn[ée]e?\s+)?(?:[àa]|au)|par|à)\s+(?<holder>[^)]*)")]
    private static partial Regex Proxy();

    /// <summary>
    /// A name, OCR damage allowed (<c>[)ELAUNEY</c>, <c>SIR?</c>, <c>Dsouaout&lt;s</c>): two letters at least and no digit.
    /// What is not a plain name is reported by the reader.
    /// </summary>
    [GeneratedRegex(@"^(?=(?:[^\p{L}]*\p{L}){2})[\p{L}\p{M}'’\-. \[\]()<>?|!]+$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\([^)]*(?:partir|arriv|jusqu|question)[^)]*\)?", RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    [GeneratedRegex(@"^\s*(?:MM\.?|Messieurs)\s+(?:et|ET)\s+(?:Mmes\.?|MMES\.?|Mesdames)\s+")]
    private static partial Regex Collective();

    /// <summary><c>2013.02.04 - 1 TITLE</c>, <c>2018.04.09-2 TITLE</c>, <c>2018-07.06-I TITLE</c> (OCR).</summary>
    [GeneratedRegex(@"^(?<number>\d{4}[.\-/]\d{2}[.\-/]\d{2}\s*[-–]\s*[0-9IlO]{1,3}(?:\s+BIS)?)(?=\s|$)\s*(?<title>.*)$")]
    private static partial Regex DatedNumber();

    /// <summary><c>2014/25 – TITLE</c>.</summary>
    [GeneratedRegex(@"^(?:N°\s*)?(?<number>\d{4}/\d{1,3})\s*[-–]\s*(?<title>\S.*)$")]
    private static partial Regex YearNumber();

    /// <summary><c>1 – Title</c>, <c>1)Title</c>, <c>11) Title</c>; never a table of contents' line (<c>… page 03</c>).</summary>
    [GeneratedRegex(@"^(?<number>\d{1,2})\s*(?:[–-]|\))\s*(?<title>\p{L}.*?)(?<!page\s*\d+)$")]
    private static partial Regex PlainNumber();
}
