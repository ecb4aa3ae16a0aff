using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads the legality footer, in either form:
/// <c>Reçu au contrôle de légalité le : 16 janvier 2018.</c>, or the prefecture acknowledgement
/// <c>Accusé de réception en préfecture : 069-…-DE-1-1 Date de télétransmission : … Date de réception préfecture : …</c>
/// (on one line or several).
/// </summary>
public static partial class LegalityReader
{
    /// <summary>Where to look when no signature line bounds the footer.</summary>
    private const int TailLines = 15;

    public static Legality Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics)
    {
        var lines = source.Lines;
        var range = map.Footer.IsEmpty ? new LineRange(Math.Max(0, lines.Count - TailLines), lines.Count) : map.Footer;
        // The footer is read as one text: tools wrap "Date de télétransmission : 16 / décembre 2021".
        var text = string.Join(' ', range.Indices().Select(i => lines[i].Plain));
        var line = range.Indices().Select(i => lines[i]).FirstOrDefault(l => FooterStart().IsMatch(l.Plain)).Number;
        var control = ReceivedControl().Match(text);
        var ack = Acknowledgement().Match(text);
        var transmission = Transmission().Match(text);
        var reception = PrefectureReception().Match(text);
        var received = control.Success ? French.FindDate(control.Groups["rest"].Value) : null;
        received ??= reception.Success ? French.FindDate(reception.Groups["rest"].Value) : null;
        var transmitted = transmission.Success ? French.FindDate(transmission.Groups["rest"].Value) : null;
        var id = ack.Success ? ack.Groups["id"].Value : null;

        if (line == 0)
        {
            diagnostics.Warning("missing-legality", 0, "Mention du contrôle de légalité introuvable.");
            return Legality.Empty;
        }

        return new Legality(received, id, transmitted, line);
    }

    [GeneratedRegex(@"(?:Re[çc]u au contr[ôo]le|Accus[ée] de r[ée]ception|Date de r[ée]ception)", RegexOptions.IgnoreCase)]
    private static partial Regex FooterStart();

    [GeneratedRegex(@"Re[çc]u au contr[ôo]le de l[ée]galit[ée]\s*(?:le)?\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedControl();

    [GeneratedRegex(@"Accus[ée] de r[ée]ception(?: en pr[ée]fecture)?\s*:?\s*(?<id>\d{3}-[\dA-Z]+-\d{8}-[\w-]+?)(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"Date de t[ée]l[ée]transmission\s*:?\s*(?<rest>.*?)(?=Date de r[ée]ception|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Transmission();

    [GeneratedRegex(@"Date de r[ée]ception(?: en)? pr[ée]fecture\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrefectureReception();
}
