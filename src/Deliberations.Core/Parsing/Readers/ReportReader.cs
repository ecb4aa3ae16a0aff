using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Reads the report: its text and its headings.</summary>
public static class ReportReader
{
    public static Report Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics) => Report.Empty;
}
