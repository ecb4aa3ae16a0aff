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
        DateOnly? received = null;
        DateOnly? transmitted = null;
        string? id = null;
        var line = 0;
        foreach (var i in range.Indices())
        {
            var text = lines[i].Plain;
            var control = ReceivedControl().Match(text);
            if (control.Success)
            {
                received ??= French.FindDate(control.Groups["rest"].Value);
                line = line == 0 ? lines[i].Number : line;
            }

            var ack = Acknowledgement().Match(text);
            if (ack.Success)
            {
                id ??= ack.Groups["id"].Value;
                line = line == 0 ? lines[i].Number : line;
            }

            var transmission = Transmission().Match(text);
            if (transmission.Success)
            {
                transmitted ??= French.FindDate(transmission.Groups["rest"].Value);
            }

            var reception = PrefectureReception().Match(text);
            if (reception.Success)
            {
                received ??= French.FindDate(reception.Groups["rest"].Value);
                line = line == 0 ? lines[i].Number : line;
            }
        }

        if (line == 0)
        {
            diagnostics.Warning("missing-legality", 0, "Mention du contrôle de légalité introuvable.");
            return Legality.Empty;
        }

        return new Legality(received, id, transmitted, line);
    }

    [GeneratedRegex(@"Re[çc]u au contr[ôo]le de l[ée]galit[ée]\s*(?:le)?\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedControl();

    [GeneratedRegex(@"Accus[ée] de r[ée]ception(?: en pr[ée]fecture)?\s*:?\s*(?<id>\d{3}-[\dA-Z]+-\d{8}-[\w-]+?)(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"Date de t[ée]l[ée]transmission\s*:?\s*(?<rest>.*?)(?=Date de r[ée]ception|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Transmission();

    [GeneratedRegex(@"Date de r[ée]ception(?: en)? pr[ée]fecture\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrefectureReception();
}
