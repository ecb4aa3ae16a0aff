using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Reads the header above the attendance lists and recognises its repetition after them.</summary>
public static class HeaderReader
{
    public static Header Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics) => Header.Empty;
}
