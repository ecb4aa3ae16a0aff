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

    /// <summary>Lyon's anchors, header labels and numbering, articles (<c>1° -</c>) and amendments (<c>il convient de lire</c>).</summary>
    public static readonly ExtractStyle Extract = new(
        Lists,
        ListLabel(),
        RepeatedHeaderStart(),
        OpeningFormula(),
        OperativeVerbLine(),
        EndOfReport(),
        SignatureOrFooter(),
        Sitting(),
        Number(),
        ReportOpening(),
        ArticleStart(),
        SubPointStart(),
        AmendmentRead(),
        AmendmentInsteadOf(),
        AmendmentNextTarget(),
        ArticleNumber());

    /// <summary>A civility followed by a space or the end of the item; the dot is optional after the abbreviations but M.</summary>
    [GeneratedRegex(@"^(?:MM\.?|Mmes\.?|MMES\.?|Mme\.?|MME\.?|Mlle\.?|M\.|Monsieur|Madame|Messieurs|Mesdames)(?=\s|$)")]
    private static partial Regex Civility();

    /// <summary>A proxy, <c>(pouvoir à …)</c>, <c>(procuration donnée à …)</c>: its holder runs to the closing parenthesis, or to the end when a copy lost it.</summary>
    [GeneratedRegex(@"\(\s*(?:pouvoir|procuration|pouvoir donn[ée])\s+(?:[àa]|au|donn[ée] [àa])\s+(?<holder>[^)]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Proxy();

    /// <summary>A surname (trimmed): a letter first, then letters, combining marks, spaces, apostrophes, hyphens, dots; never digits.</summary>
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}'’\- .]*$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"^(?<label>Pr[ée]sents?|Absents?\s*(?:\(s\))?\s*non[\s-]+excus[ée]s?\s*(?:\(e?s\))?|Absents?\s*(?:\(s\))?[\s-]*excus[ée]s?\s*(?:\(e?s\))?|Excus[ée]s?|Absents?\s*(?:\(s\))?\s*repr[ée]sent[ée]s?|Absents?\s*(?:\(s\))?)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListLabel();

    [GeneratedRegex(@"^(?:Conseil|Commission permanente|Bureau)\b.*\b(?:du|le)\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatedHeaderStart();

    [GeneratedRegex(@"^(?:Le|La|L')\s*(?:Conseil|Commission permanente|Bureau|Assembl[ée]e)[^,:.]{0,40},$", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningFormula();

    [GeneratedRegex(@"^(?:D[ÉE]LIB[ÈE]RE|D[ÉE]CIDE|ARR[ÊE]TE)\s*:?$")]
    private static partial Regex OperativeVerbLine();

    [GeneratedRegex(@"^Vu\s+ledit\s+dossier", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfReport();

    [GeneratedRegex(@"^(?:Et ont sign[ée]|Pour extrait conforme|Re[çc]u au contr[ôo]le de l[ée]galit[ée]|Accus[ée] de r[ée]ception)", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureOrFooter();

    [GeneratedRegex(@"^(?<body>Conseil(?: de la M[ée]tropole| m[ée]tropolitain| municipal)?|Commission permanente|Bureau)\s+du\s+(?<date>\d{1,2}\s*(?:er)?\s+\p{L}+\s+\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Sitting();

    [GeneratedRegex(@"(?<act>D[ée]lib[ée]ration|D[ée]cision)\s+n\s*[°ºo]\s*(?<number>[A-Z]{0,4}-?\d{4}-\d{1,5}[A-Za-z]?)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"^Vu\s+(?:le|la)\s+(?<report>(?:rapport|projet)[^,]*?)\s+du\s+(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportOpening();

    [GeneratedRegex(@"^(?:(?<n>\d{1,2})\s*°|Article\s+(?<n>\d{1,2})\s*(?:er)?\s*(?=[:\-–.]))\s*(?:[-–:.]\s*)?(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^(?:[-•]\s*)?(?<label>[a-z])\)\s*(?:[-–]\s*)?(?<text>.*)$")]
    private static partial Regex SubPointStart();

    [GeneratedRegex(@"^(?<target>.*?)\bil convient de lire\b(?:\s+en cons[ée]quence)?\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AmendmentRead();

    [GeneratedRegex(@"^\W*au lieu de\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AmendmentInsteadOf();

    [GeneratedRegex(@"^\W*-\s*Dans\s", RegexOptions.IgnoreCase)]
    private static partial Regex AmendmentNextTarget();

    [GeneratedRegex(@"^\d{1,2}\s*°")]
    private static partial Regex ArticleNumber();
}
