namespace Deliberations.Core.Model;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something the parser could not place, or a check that failed.</summary>
/// <param name="Code">A stable identifier (e.g. <c>table-total-mismatch</c>) listed in docs/parser.md.</param>
/// <param name="Line">1-based source line, 0 when the finding concerns the whole document.</param>
public sealed record Diagnostic(Severity Severity, string Code, int Line, string Message);
