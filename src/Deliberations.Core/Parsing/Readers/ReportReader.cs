using System.Buffers;
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

        return new Report(Text(source, range), headings, first);
    }

    /// <summary>
    /// The raw lines joined by line feeds and trimmed, as one string: joining then trimming copied
    /// the whole report twice (it nearly always starts with a blank line).
    /// </summary>
    private static string Text(SourceText source, LineRange range)
    {
        var length = range.Length - 1;
        for (var i = range.Start; i < range.End; i++)
        {
            length += source.Lines[i].Raw.Length;
        }

        var buffer = ArrayPool<char>.Shared.Rent(length);
        var n = 0;
        for (var i = range.Start; i < range.End; i++)
        {
            if (i > range.Start)
            {
                buffer[n++] = '\n';
            }

            source.Lines[i].Raw.CopyTo(buffer.AsSpan(n));
            n += source.Lines[i].Raw.Length;
        }

        var text = new string(buffer.AsSpan(0, n).Trim());
        ArrayPool<char>.Shared.Return(buffer);
        return text;
    }
}
