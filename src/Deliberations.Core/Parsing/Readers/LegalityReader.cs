using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Reads the legality footer.</summary>
public static class LegalityReader
{
    public static Legality Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics) => Legality.Empty;
}
