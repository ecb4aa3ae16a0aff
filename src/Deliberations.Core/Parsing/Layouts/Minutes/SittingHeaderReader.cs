using System.Text.RegularExpressions;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>
/// Reads what minutes say of the sitting itself: its date (from the heading), its president
/// (<c>sous la présidence de</c>, <c>Présidence :</c>), its secretary, the members in office and the
/// convocation and posting dates. Counts and dates may be printed as a column dump: the label first,
/// its value lines later, so a label without a value looks ahead for it.
/// </summary>
public static partial class SittingHeaderReader
{
    /// <summary>How far a sitting's facts are looked for: its heading, its attendance and the lines around them.</summary>
    private const int Reach = 120;

    /// <summary>How many lines a label's value may stand after it in a column dump.</summary>
    private const int Lookahead = 30;

    public static Header Read(SourceText source, DiagnosticBag diagnostics)
    {
        var lines = source.Lines;
        var reach = Math.Min(lines.Count, Reach);
        var session = SessionDate(lines, reach);
        if (session is null)
        {
            diagnostics.Warning("missing-session-date", 0, "Date de la séance introuvable dans l'en-tête du procès-verbal.");
        }

        var header = new Header
        {
            Body = lines.Take(reach).Any(l => CouncilWords().IsMatch(l.Plain)) ? "Conseil municipal" : null,
            SessionDate = session,
            Collectivity = lines.Take(20).Select(l => Collectivity().Match(l.Plain)).FirstOrDefault(m => m.Success)?.Value.Trim(),
            President = President(lines, reach),
            Secretary = Secretary(lines, reach),
            MembersInOffice = MembersInOffice(lines, reach, diagnostics),
            ConvocationDate = LabelledDate(lines, reach, Convocation(), session, diagnostics),
            PostedDate = LabelledDate(lines, reach, Posting(), session, diagnostics),
        };
        foreach (var (value, name) in new (object? Value, string Name)[] { (header.President, "président de séance"), (header.Secretary, "secrétaire de séance") })
        {
            if (value is null)
            {
                diagnostics.Info("minutes-missing-field", 0, $"Le procès-verbal ne nomme pas de {name} lisible.");
            }
        }

        return header;
    }

    /// <summary>The first date of the heading: the lines above the sitting's opening sentence, convocation and posting lines aside.</summary>
    private static DateOnly? SessionDate(IReadOnlyList<SourceLine> lines, int reach)
    {
        var heading = new List<string>();
        foreach (var line in lines.Take(reach))
        {
            if (OpeningSentence().IsMatch(line.Plain) || AttendanceLine.Label(line.Plain) is { Kind: ListKind.Present })
            {
                break;
            }

            if (!Convocation().IsMatch(line.Plain) && !Posting().IsMatch(line.Plain) && !line.IsBlank)
            {
                heading.Add(line.Plain);
            }
        }

        // Joined, so that "CONSEIL MUNICIPAL DU 24" / "MARS 2006" reads as one date.
        return French.FindDate(string.Join(' ', heading));
    }

    private static Person? President(IReadOnlyList<SourceLine> lines, int reach)
    {
        foreach (var line in lines.Take(reach))
        {
            var label = PresidencyLabel().Match(line.Plain);
            if (label.Success)
            {
                return SittingPerson.Read(label.Groups["who"].Value, line.Number);
            }
        }

        // The opening sentence wraps: read it joined, each word keeping its line.
        var text = string.Join(' ', lines.Take(reach).Where(l => !l.IsBlank).Select(l => l.Plain));
        var prose = PresidencyProse().Match(text);
        if (!prose.Success)
        {
            return null;
        }

        var line0 = lines.Take(reach).FirstOrDefault(l => l.Plain.Contains(prose.Groups["who"].Value.Split(' ')[^1], StringComparison.Ordinal)).Number;
        return SittingPerson.Read(prose.Groups["who"].Value, line0);
    }

    private static Person? Secretary(IReadOnlyList<SourceLine> lines, int reach)
    {
        foreach (var line in lines.Take(reach))
        {
            var m = SecretaryLabel().Match(line.Plain);
            if (!m.Success)
            {
                m = SecretaryDesignated().Match(line.Plain);
            }

            if (m.Success && SittingPerson.Read(m.Groups["who"].Value, line.Number) is { } secretary)
            {
                return secretary;
            }
        }

        return null;
    }

    private static int? MembersInOffice(IReadOnlyList<SourceLine> lines, int reach, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < reach; i++)
        {
            var m = InOffice().Match(lines[i].Plain);
            if (!m.Success)
            {
                continue;
            }

            if (int.TryParse(m.Groups["n"].ValueSpan, out var stated))
            {
                return stated;
            }

            // A column dump: the counts come later, each at the start of a line, in the labels' order.
            for (var k = i + 1; k < Math.Min(lines.Count, i + Lookahead); k++)
            {
                var token = LeadingToken().Match(lines[k].Plain);
                if (token.Success && OcrDigits.Read(token.Value, out var repaired) is { } count and > 0)
                {
                    if (repaired)
                    {
                        diagnostics.Warning("ocr-digits", lines[k].Number, $"Nombre de conseillers en exercice lu sur un texte abîmé (« {token.Value} » lu {count}).");
                    }

                    return count;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The date after a label (<c>Date de l'avis de convocation :</c>), on its line or on the next ones
    /// when the label stands alone; a prose mention (<c>convoqué le 22 octobre 2014</c>) only on its own line.
    /// </summary>
    private static DateOnly? LabelledDate(IReadOnlyList<SourceLine> lines, int reach, Regex label, DateOnly? session, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < reach; i++)
        {
            if (!label.IsMatch(lines[i].Plain))
            {
                continue;
            }

            if (French.FindDate(lines[i].Plain) is { } date)
            {
                return date;
            }

            if (!lines[i].Plain.EndsWith(':'))
            {
                continue;
            }

            for (var k = i + 1; k < Math.Min(lines.Count, i + 12); k++)
            {
                if (French.FindDate(lines[k].Plain) is { } later)
                {
                    return later;
                }

                if (YearlessDate(lines[k].Plain, session, out var guessed))
                {
                    diagnostics.Warning("ocr-year", lines[k].Number, $"Année illisible dans « {lines[k].Plain} » : celle de la séance est retenue ({guessed:yyyy}).");
                    return guessed;
                }
            }
        }

        return null;
    }

    /// <summary>A day and a month whose year OCR damaged (<c>28 juin 2Cll8</c>): such a date precedes or follows the sitting by days, so it takes the sitting's year.</summary>
    private static bool YearlessDate(string text, DateOnly? session, out DateOnly date)
    {
        date = default;
        var m = DamagedYear().Match(text);
        if (session is not { } s || !m.Success || French.FindDate($"{m.Groups["day"].Value} {m.Groups["month"].Value} {s.Year}") is not { } found)
        {
            return false;
        }

        date = found;
        return true;
    }

    [GeneratedRegex(@"^L['’]\s*an\s+(?:deux|mil)", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningSentence();

    [GeneratedRegex(@"conseil\s+municipal", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilWords();

    [GeneratedRegex(@"^(?:VILLE|COMMUNE|Ville|Commune|MAIRIE|Mairie)\s+(?:D['’]\s*|DE\s+|de\s+|d['’]\s*)\S.*$")]
    private static partial Regex Collectivity();

    [GeneratedRegex(@"^Pr[ée]sidence\s*:\s*(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PresidencyLabel();

    /// <summary>The president in the opening sentence; OCR may leave a stray token before <c>de</c> (<c>présidence 2g de Monsieur …</c>).</summary>
    [GeneratedRegex(@"sous\s+la\s+pr[ée]sidence\s+(?:\S{1,3}\s+)?(?:de\s+|d['’])(?<who>(?:[Mm]onsieur|[Mm]adame|M\.|Mme)?\s*[^,.;]+?)(?=\s*[,.;]|\s+(?:Maire|maire|Député|Président|Présidente)\b)")]
    private static partial Regex PresidencyProse();

    [GeneratedRegex(@"^Secr[ée]taire(?:\s+de\s+s[ée]ance)?\s*:\s*(?<who>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretaryLabel();

    [GeneratedRegex(@"^(?<who>.+?)\s+(?:est|a\s+[ée]t[ée])\s+d[ée]sign[ée]e?\s+(?:comme\s+)?secr[ée]taire", RegexOptions.IgnoreCase)]
    private static partial Regex SecretaryDesignated();

    [GeneratedRegex(@"en\s+exercice\s*:?\s*(?<n>\S*)", RegexOptions.IgnoreCase)]
    private static partial Regex InOffice();

    [GeneratedRegex(@"^\d[\dgqlIO]?(?=\s|$)")]
    private static partial Regex LeadingToken();

    [GeneratedRegex(@"convocation|convoqu[ée]s?\s+le", RegexOptions.IgnoreCase)]
    private static partial Regex Convocation();

    [GeneratedRegex(@"aff[il1]chage", RegexOptions.IgnoreCase)]
    private static partial Regex Posting();

    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\S*\d\S*", RegexOptions.IgnoreCase)]
    private static partial Regex DamagedYear();
}
