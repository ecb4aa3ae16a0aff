using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Decisions;

/// <summary>Reads an imported text with its diagnostics and the other versions of its decision.</summary>
public sealed class SourceQuery(DeliberationsDb db)
{
    /// <summary>A version by its number, <c>/deliberations/{number}/versions/{version}</c>.</summary>
    public async Task<(string Number, string Title, SourceView Source)?> VersionAsync(string number, int version, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.AsNoTracking()
            .Where(d => d.Number == number)
            .Select(d => new { d.Id, d.Number, d.Title, d.CurrentDocumentId, CurrentVersion = d.CurrentDocument!.Version })
            .FirstOrDefaultAsync(cancellationToken);
        if (decision is null)
        {
            return null;
        }

        // The current text too: a sitting's minutes are the version of its first decision alone.
        var versions = await db.Documents.AsNoTracking()
            .Where(d => d.DecisionId == decision.Id || d.Id == decision.CurrentDocumentId)
            .OrderBy(d => d.Version)
            .Select(d => new SourceDocumentRow(d.Id, d.Version, d.FileName, d.ContentHash, d.Encoding, d.ImportedAt, d.Status))
            .ToListAsync(cancellationToken);
        return versions.Find(v => v.Version == version) is { } document
            ? (decision.Number, decision.Title, await WithTextAsync(document, versions, decision.CurrentVersion, cancellationToken))
            : null;
    }

    /// <summary>A document whatever it belongs to; its decision's number when it has one.</summary>
    public async Task<(string? Number, SourceView Source)?> DocumentAsync(int id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new { Row = new SourceDocumentRow(d.Id, d.Version, d.FileName, d.ContentHash, d.Encoding, d.ImportedAt, d.Status), Number = d.Decision == null ? null : d.Decision.Number })
            .FirstOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return null;
        }

        return (document.Number, await WithTextAsync(document.Row, [], null, cancellationToken));
    }

    /// <summary>The file to download: its name as imported and its text.</summary>
    public Task<SourceFile?> CurrentFileAsync(string number, CancellationToken cancellationToken) =>
        db.Decisions.AsNoTracking()
            .Where(d => d.Number == number)
            .Select(d => new SourceFile(d.CurrentDocument!.FileName, d.CurrentDocument.Text))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<SourceView> WithTextAsync(SourceDocumentRow document, IReadOnlyList<SourceDocumentRow> versions, int? current, CancellationToken cancellationToken)
    {
        var text = await db.Documents.AsNoTracking().Where(d => d.Id == document.Id).Select(d => d.Text).FirstAsync(cancellationToken);
        var diagnostics = await db.Diagnostics.AsNoTracking()
            .Where(x => x.DocumentId == document.Id)
            .OrderBy(x => x.Line)
            .ThenByDescending(x => x.Severity)
            .Select(x => new DiagnosticRow(x.Severity, x.Code, x.Line, x.Message))
            .ToListAsync(cancellationToken);
        return new SourceView(document, text, diagnostics, versions, current);
    }
}

public sealed record SourceFile(string FileName, string Text);
