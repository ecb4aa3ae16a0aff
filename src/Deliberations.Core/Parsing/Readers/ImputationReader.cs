using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Reads budget imputations from the articles of the operative part.</summary>
public static class ImputationReader
{
    public static IReadOnlyList<Imputation> Read(OperativePart operative, DiagnosticBag diagnostics) => [];
}
