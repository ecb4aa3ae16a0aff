namespace Deliberations.Core.Parsing;

/// <summary>
/// Where each part of an extract stands. An extract reads, top to bottom:
/// <code>
/// header            EXTRAIT DU REGISTRE … / Conseil du … / Délibération n° … / objet … / Présents …
/// attendance        Présents : … / Absents excusés : … / Absents non excusés : …
/// repeated header   Conseil du …**Délibération n° …** / objet / service
/// opening           Le Conseil, | La Commission permanente,
/// report            Vu le rapport du … expose ce qui suit : … up to "Vu ledit dossier ;"
/// interventions     Ouï l'avis … / Où l'intervention de … (amendments)
/// operative part    DELIBERE | DECIDE, then 1°, 2° …
/// signature, footer Et ont signé … / Reçu au contrôle de légalité …
/// </code>
/// Every anchor is optional: a missing one leaves its range empty and the parser says so.
/// </summary>
public sealed class DocumentMap
{
    private DocumentMap()
    {
    }

    /// <summary>The header above the attendance lists.</summary>
    public LineRange Header { get; private init; }

    /// <summary>The attendance lists.</summary>
    public LineRange Attendance { get; private init; }

    /// <summary>The header repeated after the attendance lists, up to the opening formula.</summary>
    public LineRange RepeatedHeader { get; private init; }

    /// <summary>Index of the opening formula (<c>Le Conseil,</c>), or -1.</summary>
    public int Opening { get; private init; } = -1;

    /// <summary>The report, after the opening formula up to <c>Vu ledit dossier</c>.</summary>
    public LineRange Report { get; private init; }

    /// <summary>Between the report and the operative part: opinions and amendments read out in the session.</summary>
    public LineRange Interventions { get; private init; }

    /// <summary>Index of the operative verb line (<c>DELIBERE</c>/<c>DECIDE</c>), or -1.</summary>
    public int OperativeVerb { get; private init; } = -1;

    /// <summary>The articles, after the verb up to the signature.</summary>
    public LineRange Operative { get; private init; }

    /// <summary>The signature and legality footer.</summary>
    public LineRange Footer { get; private init; }

    /// <summary>The layout whose anchors cut the document, given to the readers of its parts.</summary>
    public Layouts.ExtractStyle Style { get; private init; } = Layouts.LyonLayout.Extract;

    /// <summary>Cuts <paramref name="source"/> with the anchors of <paramref name="style"/> (Lyon's when not given).</summary>
    public static DocumentMap Build(SourceText source, Layouts.ExtractStyle? style = null)
    {
        style ??= Layouts.LyonLayout.Extract;
        var lines = source.Lines;
        var count = lines.Count;

        // Any list opens the part, not only "Présents": a register that prints none still lists the absent.
        var attendanceStart = FindFirst(lines, 0, count, l => style.ListLabel.IsMatch(l.Plain));
        var opening = FindFirst(lines, Math.Max(0, attendanceStart), count, l => style.OpeningFormula.IsMatch(l.Plain));
        var afterOpening = opening >= 0 ? opening + 1 : Math.Max(0, attendanceStart);
        var verb = FindFirst(lines, afterOpening, count, l => style.OperativeVerb.IsMatch(l.Plain));
        var signature = FindFirst(lines, verb >= 0 ? verb + 1 : afterOpening, count, l => style.SignatureOrFooter.IsMatch(l.Plain));
        var reportEnd = FindFirst(lines, afterOpening, verb >= 0 ? verb : count, l => style.EndOfReport.IsMatch(l.Plain));

        // The attendance lists end where the header is printed again: the first non-blank line after
        // them that is not a continuation of a list (lists are single paragraphs, possibly wrapped).
        var attendanceEnd = attendanceStart < 0 ? -1 : FindFirst(lines, attendanceStart + 1, opening >= 0 ? opening : count, l => style.RepeatedHeaderStart.IsMatch(l.Plain));
        if (attendanceStart >= 0 && attendanceEnd < 0)
        {
            attendanceEnd = opening >= 0 ? opening : FindFirst(lines, attendanceStart + 1, count, l => l.IsBlank) is var b and >= 0 ? b : count;
        }

        var headerEnd = attendanceStart >= 0 ? attendanceStart : opening >= 0 ? opening : Math.Min(count, 60);
        var operativeEnd = signature >= 0 ? signature : count;
        var reportStop = reportEnd >= 0 ? reportEnd : verb >= 0 ? verb : operativeEnd;

        return new DocumentMap
        {
            Style = style,
            Header = new LineRange(0, headerEnd),
            Attendance = attendanceStart >= 0 ? new LineRange(attendanceStart, attendanceEnd) : LineRange.None,
            RepeatedHeader = attendanceStart >= 0 && opening >= 0 ? new LineRange(attendanceEnd, opening) : LineRange.None,
            Opening = opening,
            Report = opening >= 0 ? new LineRange(opening + 1, reportStop) : LineRange.None,
            Interventions = reportEnd >= 0 ? new LineRange(reportEnd + 1, verb >= 0 ? verb : operativeEnd) : LineRange.None,
            OperativeVerb = verb,
            Operative = verb >= 0 ? new LineRange(verb + 1, operativeEnd) : LineRange.None,
            Footer = signature >= 0 ? new LineRange(signature, count) : LineRange.None,
        };
    }

    private static int FindFirst(IReadOnlyList<SourceLine> lines, int from, int to, Func<SourceLine, bool> predicate)
    {
        for (var i = from; i < to; i++)
        {
            if (predicate(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

}
