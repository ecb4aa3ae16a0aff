using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Reads the operative part: its verb and articles.</summary>
public static class OperativePartReader
{
    public static OperativePart Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics) => OperativePart.Empty;
}
