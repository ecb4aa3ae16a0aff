using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.About;

/// <summary>A text a clerk should look at: one the parser could not identify, or whose reading raised warnings.</summary>
public sealed record DocumentToCheck(int Id, string FileName, DateTime ImportedAt, ParseStatus Status, string? Number, int Version, bool IsCurrent, int Findings)
{
    /// <summary>Where the clerk reads it: the decision page for a current text, else the text's own page.</summary>
    public string Href =>
        Number is null ? Routes.Document(Id)
        : IsCurrent ? Routes.Decision(Number)
        : Routes.DecisionVersion(Number, Version);
}

/// <summary>The list of the about page's "Documents à vérifier" section.</summary>
public sealed class DocumentsToCheckQuery(DeliberationsDb db)
{
    /// <summary>Enough for a clerk's working list; the count says when there are more.</summary>
    public const int Limit = 200;

    public async Task<(IReadOnlyList<DocumentToCheck> Documents, int Total)> RunAsync(CancellationToken cancellationToken)
    {
        // A replaced version is no longer what the site shows: only unidentified texts and current versions need checking.
        var flagged = db.Documents.AsNoTracking()
            .Where(d => d.Status == ParseStatus.Unidentified || d.Status == ParseStatus.ParsedWithWarnings)
            .Where(d => d.DecisionId == null || d.Decision!.CurrentDocumentId == d.Id);
        var total = await flagged.CountAsync(cancellationToken);
        var documents = await flagged
            .OrderByDescending(d => d.ImportedAt)
            .ThenBy(d => d.FileName)
            .Take(Limit)
            .Select(d => new DocumentToCheck(
                d.Id,
                d.FileName,
                d.ImportedAt,
                d.Status,
                d.Decision == null ? null : d.Decision.Number,
                d.Version,
                d.Decision != null && d.Decision.CurrentDocumentId == d.Id,
                d.Diagnostics.Count(x => x.Severity >= Core.Model.Severity.Warning)))
            .ToListAsync(cancellationToken);
        return (documents, total);
    }
}
