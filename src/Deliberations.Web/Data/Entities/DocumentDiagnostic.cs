using Deliberations.Core.Model;

namespace Deliberations.Web.Data.Entities;

/// <summary>A parser diagnostic, kept with the text it concerns.</summary>
public sealed class DocumentDiagnostic
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Severity Severity { get; set; }

    public required string Code { get; set; }

    public int Line { get; set; }

    public required string Message { get; set; }
}
