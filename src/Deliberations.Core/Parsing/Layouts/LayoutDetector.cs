using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing.Layouts;

/// <summary>
/// Tells which layout a document is in. An extract names its register or its decision's number near
/// the top (a number not quoted in a sentence, as <c>Par décision n° 2017-196</c> is in minutes).
/// A document without either that opens on a sitting (a heading <c>procès-verbal</c> or
/// <c>compte rendu</c>, <c>L'an deux mille…</c>, <c>sous la présidence de</c>, <c>conseil municipal</c>)
/// is minutes.
/// Anything else is read as an extract, as it always was.
/// </summary>
public static partial class LayoutDetector
{
    private const int Top = 80;

    public static Layout Detect(SourceText source)
    {
        var top = source.Lines.Take(Top).Select(l => l.Plain).ToList();
        if (top.Any(l => ExtractMark().IsMatch(l)))
        {
            return Layout.Lyon;
        }

        return top.Any(l => SittingMark().IsMatch(l)) ? Layout.Minutes : Layout.Lyon;
    }

    [GeneratedRegex(@"EXTRAIT\s+DU\s+REGISTRE|(?<!\p{Ll}\s)(?:D[ée]lib[ée]ration|D[ée]cision)\s+n\s*[°ºo]\s*\**\s*[A-Z]{0,4}-?\d{4}-\d", RegexOptions.IgnoreCase)]
    private static partial Regex ExtractMark();

    [GeneratedRegex(@"^(?:proc[eè]s[\s-]*verbal|compte[\s-]*rendu)|^L['’]\s*an\s+(?:deux|mil)|sous\s+la\s+pr[ée]sidence|conseil\s+municipal", RegexOptions.IgnoreCase)]
    private static partial Regex SittingMark();
}
