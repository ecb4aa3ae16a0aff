using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing;

/// <summary>Collects the findings of every reader of one parse, in the order they were made.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(string code, int line, string message) => _items.Add(new(Severity.Error, code, line, message));

    public void Warning(string code, int line, string message) => _items.Add(new(Severity.Warning, code, line, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Info(string code, int line, string message) => _items.Add(new(Severity.Info, code, line, message));
}
