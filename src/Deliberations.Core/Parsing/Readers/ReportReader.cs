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
        var raw = new List<string>(range.Length);
        foreach (var i in range.Indices())
        {
            var line = source.Lines[i];
            raw.Add(line.Raw);
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

        var first = range.Indices().Select(i => source.Lines[i]).FirstOrDefault(l => !l.IsBlank);
        if (first.Number == 0)
        {
            // A file cut just after the opening formula has a report range of blank lines: still no report.
            diagnostics.Warning("missing-report", map.Opening + 1, "Exposé des motifs vide : rien ne suit la formule « Le Conseil, ».");
            return Report.Empty;
        }

        return new Report(string.Join('\n', raw).Trim(), headings, first.Number);
    }
}
