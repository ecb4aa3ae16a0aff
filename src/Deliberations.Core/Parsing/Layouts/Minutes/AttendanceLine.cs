using System.Text.RegularExpressions;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

internal enum LineKind
{
    Blank,
    /// <summary>Not attendance, stepped over: counts, dates, rules, page headers and footers.</summary>
    Noise,
    /// <summary>No letter nor digit (<c>?</c>): what OCR left of a word, often a label.</summary>
    Unreadable,
    Label,
    /// <summary><c>X a donné pouvoir à Y</c>: an excused member, whatever list it stands in.</summary>
    ProxySentence,
    /// <summary>The end of the lists: the secretary, the presidency, the agenda.</summary>
    Stop,
    Content,
}

/// <summary>A list label of minutes and what follows it on its line.</summary>
internal sealed record ListLabel(ListKind Kind, string Rest);

/// <summary>Classes the lines around a sitting's attendance lists (see <see cref="SittingAttendanceReader"/>).</summary>
internal static partial class AttendanceLine
{
    public static LineKind Classify(string line, IReadOnlySet<string> running)
    {
        if (line.All(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return LineKind.Blank;
        }

        if (Rule().IsMatch(line))
        {
            return LineKind.Blank;
        }

        if (!line.Any(char.IsLetterOrDigit))
        {
            return LineKind.Unreadable;
        }

        // A count first ("Absents : 6" is a sidebar's figure, not a list), then the labels, then the
        // rest of the noise (a lone label such as "Excusés ont donné pouvoir :" opens a list).
        if (running.Contains(line) || Count().IsMatch(line))
        {
            return LineKind.Noise;
        }

        if (Label(line) is not null)
        {
            return LineKind.Label;
        }

        if (EmptyLabel().IsMatch(line) || DateLine().IsMatch(line) || PageNumber().IsMatch(line))
        {
            return LineKind.Noise;
        }

        return ProxySentence().IsMatch(line) ? LineKind.ProxySentence
            : Stop().IsMatch(line) ? LineKind.Stop
            : LineKind.Content;
    }

    public static ListLabel? Label(string line)
    {
        var m = Labels().Match(line);
        if (!m.Success)
        {
            return null;
        }

        return new ListLabel(AttendanceBuilder.KindOf(m.Groups["label"].Value), m.Groups["rest"].Value);
    }

    /// <summary>A line that reads as a list of names: a civility first, and no sentence (<c>Madame X est désignée…</c>).</summary>
    public static bool LooksLikeList(string line) => ListStart().IsMatch(line) && !Sentence().IsMatch(line);

    /// <summary>Lines printed on every page (<c>Conseil Municipal du 4 avril 2018</c>): running headers and footers.</summary>
    public static IReadOnlySet<string> RunningLines(IReadOnlyList<SourceLine> lines) =>
        lines.Where(l => l.Plain.Length >= 8).GroupBy(l => l.Plain, StringComparer.Ordinal).Where(g => g.Count() >= 3).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:\d+\s+)?(?<label>(?:[ÉE]taient\s+)?pr[ée]sents?|absents?\s+non\s+excus[ée]s?|absents?[\s-]*excus[ée]s?|excus[ée]s?(?:\s+ont\s+donn[ée]\s+pouvoir)?|absents?\s+repr[ée]sent[ée]s?|absents?|pouvoirs)\s*(?::\s*(?<rest>.*)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Labels();

    [GeneratedRegex(@"^\s*[_*=~\-–.]{3,}\s*$")]
    private static partial Regex Rule();

    /// <summary>A count alone or after its label: <c>29</c>, <c>Elus présents : 17</c>, <c>Absents : 6</c>.</summary>
    [GeneratedRegex(@"^(?:[\p{L}][^:]*:\s*)?\d{1,3}$")]
    private static partial Regex Count();

    /// <summary>A label whose value is printed elsewhere: <c>Date de l'avis de convocation :</c>, <c>Pouyoirs :</c>.</summary>
    [GeneratedRegex(@"^[\p{L}][\p{L}\s'’.()]*:$")]
    private static partial Regex EmptyLabel();

    [GeneratedRegex(@"^\d{1,2}\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\bpage\s+\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\b(?:a\s+donn[ée]|donne)\s+(?:pouvoir|pourvoir|pourvoie|procuration)\s+[àa]\s", RegexOptions.IgnoreCase)]
    private static partial Regex ProxySentence();

    [GeneratedRegex(@"secr[ée]taire|^pr[ée]sidence|ordre\s+du\s+jour|^nombre\s+de", RegexOptions.IgnoreCase)]
    private static partial Regex Stop();

    [GeneratedRegex(@"^(?:M\.?|MM\.?|MME|MMES|Mme|Mmes|Madame|Monsieur|Messieurs|Mesdames)\s")]
    private static partial Regex ListStart();

    [GeneratedRegex(@"d[ée]sign|\best\s|\ba\s+[ée]t[ée]\b")]
    private static partial Regex Sentence();
}
