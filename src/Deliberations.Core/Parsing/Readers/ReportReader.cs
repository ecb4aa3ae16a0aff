using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads the report (exposé des motifs): its text as printed, for display, and its headings, whose
/// numbered points often name the projects the decision funds.
/// </summary>
public static class ReportReader
{
    public static Report Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics)
    {
        var range = map.Report;
        if (range.IsEmpty)
        {
            diagnostics.Warning("missing-report", 0, "Exposé des motifs introuvable (formule « Le Conseil, » absente).");
            return Report.Empty;
        }

        var headings = new List<Heading>();
        string? section = null;
        var first = 0;
        for (var i = range.Start; i < range.End; i++)
        {
            var line = source.Lines[i];
            if (first == 0 && !line.IsBlank)
            {
                first = line.Number;
            }

            if (TableGridReader.LooksLikeTableRow(line.Raw))
            {
                continue;
            }

            if (HeadingLine.Match(line) is not { } heading)
            {
                continue;
            }

            if (heading.Kind == HeadingKind.Section)
            {
                section = heading.Number;
            }

            headings.Add(new Heading(heading.Kind, heading.Number, heading.Title, heading.Kind == HeadingKind.Point ? section : null, line.Number));
        }

        if (first == 0)
        {
            // A file cut just after the opening formula has a report range of blank lines: still no report.
            diagnostics.Warning("missing-report", map.Opening + 1, "Exposé des motifs vide : rien ne suit la formule « Le Conseil, ».");
            return Report.Empty;
        }

        var (text, start) = Text(source, range);
        return new Report(text, headings, first, start);
    }

    /// <summary>
    /// The raw lines joined by line feeds and trimmed, as one string, and where it starts: the lines
    /// of a range stand one after the other in the document's text, so the report is cut from it in one copy.
    /// </summary>
    private static (string Text, int Start) Text(SourceText source, LineRange range)
    {
        var first = source.Lines[range.Start];
        var last = source.Lines[range.End - 1];
        var lines = source.Text.AsSpan(first.Start, last.Start + last.Raw.Length - first.Start);
        var trimmed = lines.TrimStart();
        return (trimmed.TrimEnd().ToString(), first.Start + lines.Length - trimmed.Length);
    }
}
