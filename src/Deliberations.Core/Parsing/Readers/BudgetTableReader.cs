using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Reads pipe tables and tab-separated tables of amounts within a range of lines.</summary>
public static class BudgetTableReader
{
    public static IReadOnlyList<BudgetTable> Read(SourceText source, LineRange range, DiagnosticBag diagnostics) => [];
}
