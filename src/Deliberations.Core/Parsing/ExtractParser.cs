using Deliberations.Core.Model;
using Deliberations.Core.Parsing.Layouts;
using Deliberations.Core.Parsing.Layouts.Minutes;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Parsing;

/// <summary>
/// The one entry point of the parser: bytes or text in, <see cref="ParsedExtract"/> out.
/// It never throws on input. Each reader runs on its own part of the document (see
/// <see cref="DocumentMap"/>); a reader that fails loses only its own part, reported as a diagnostic.
/// </summary>
public static class ExtractParser
{
    public static ParsedExtract Parse(ReadOnlySpan<byte> bytes) => Parse(SourceText.FromBytes(bytes));

    public static ParsedExtract Parse(string text) => Parse(SourceText.FromString(text));

    public static ParsedExtract Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(source.Repairs);
        var info = new SourceInfo(source.EncodingName, source.Lines.Count, source.Text);
        if (source.Lines.All(l => l.IsBlank))
        {
            diagnostics.Error("empty-document", 0, "Le document est vide.");
            return new ParsedExtract(info, Header.Empty, Attendance.Empty, Report.Empty, OperativePart.Empty, [], [], [], [], [], Legality.Empty, diagnostics.Items);
        }

        var layout = LayoutDetector.Detect(source);
        if (layout.Extract is not { } style)
        {
            return MinutesParser.Parse(source, layout, info, diagnostics);
        }

        var map = Run(diagnostics, "map", () => DocumentMap.Build(source, style), null);
        if (map is null)
        {
            return new ParsedExtract(info, Header.Empty, Attendance.Empty, Report.Empty, OperativePart.Empty, [], [], [], [], [], Legality.Empty, diagnostics.Items);
        }

        var header = Run(diagnostics, "header", () => HeaderReader.Read(source, map, diagnostics), Header.Empty);
        var attendance = Run(diagnostics, "attendance", () => AttendanceReader.Read(source, map, diagnostics), Attendance.Empty);
        var report = Run(diagnostics, "report", () => ReportReader.Read(source, map, diagnostics), Report.Empty);
        var operative = Run(diagnostics, "operative part", () => OperativePartReader.Read(source, map, diagnostics), OperativePart.Empty);
        var reportTables = Run(diagnostics, "budget tables", () => BudgetTableReader.Read(source, map.Report, diagnostics), []);
        var amended = Run(diagnostics, "amendments", () => AmendmentReader.Read(source, map, reportTables, diagnostics), new AmendmentResult([], reportTables));
        var imputations = Run(diagnostics, "imputations", () => ImputationReader.Read(operative, diagnostics), []);
        var projects = Run(diagnostics, "projects", () => ProjectReader.Read(header, report, operative, amended.Tables, diagnostics), []);
        var beneficiaries = Run(diagnostics, "beneficiaries", () => BeneficiaryReader.Read(header, operative, imputations, diagnostics), []);
        var legality = Run(diagnostics, "legality", () => LegalityReader.Read(source, map, diagnostics), Legality.Empty);

        Run(diagnostics, "checks", () => ConsistencyChecks.Run(map, header, attendance, amended.Tables, diagnostics), true);

        return new ParsedExtract(info, header, attendance, report, operative, amended.Tables, imputations, amended.Amendments, projects, beneficiaries, legality, diagnostics.Items);
    }

    /// <summary>Runs one reader: its failure costs its own part only.</summary>
    internal static T Run<T>(DiagnosticBag diagnostics, string part, Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader bug must not cost the rest of the document: keep what the others found.
            diagnostics.Error("reader-failed", 0, $"Lecture impossible ({part}) : {ex.GetType().Name}: {ex.Message}");
            return fallback;
        }
    }
}
