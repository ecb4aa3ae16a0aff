using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Api;

/// <summary>
/// Reads one decision and all its parts: one query per kind of part (a fixed number, whatever the
/// decision holds), each a projection of the columns the API shows.
/// </summary>
public static class DecisionDetailQuery
{
    public static async Task<DecisionDetail?> LoadAsync(DeliberationsDb db, string number, CancellationToken cancellationToken)
    {
        var d = await db.Decisions.AsNoTracking().Where(x => x.Number == number).Select(x => new
        {
            x.Id,
            x.Number,
            x.Title,
            x.CurrentDocumentId,
            Date = x.Sitting == null ? (DateOnly?)null : x.Sitting.Date,
            Body = x.Sitting == null ? null : x.Sitting.Body,
            x.Commission,
            x.Communes,
            x.Service,
            Rapporteur = x.Rapporteur == null ? null : new OfficialName(x.Rapporteur.Slug, x.Rapporteur.Civility, x.Rapporteur.FirstName, x.Rapporteur.Surname),
            x.RapporteurRole,
            President = x.President == null ? null : new OfficialName(x.President.Slug, x.President.Civility, x.President.FirstName, x.President.Surname),
            Secretary = x.Secretary == null ? null : new OfficialName(x.Secretary.Slug, x.Secretary.Civility, x.Secretary.FirstName, x.Secretary.Surname),
            x.MembersInOffice,
            x.ConvocationDate,
            x.PostedDate,
            x.ReportDate,
            x.ReceivedDate,
            x.TransmissionDate,
            x.PrefectureId,
            x.OperativeVerb,
            x.ReportText,
            ReportSource = x.ReportText == null ? x.CurrentDocument!.Text : null,
            x.ReportStart,
            x.ReportLength,
            x.PresentCount,
            x.ExcusedCount,
            x.UnexcusedCount,
            x.ProxyCount,
        }).FirstOrDefaultAsync(cancellationToken);
        if (d is null)
        {
            return null;
        }

        var articles = await db.Articles.AsNoTracking().Where(a => a.DecisionId == d.Id).OrderBy(a => a.Position)
            .Select(a => new ArticleItem(a.Number, a.Text, a.Line)).ToListAsync(cancellationToken);

        var attendance = await db.Attendance.AsNoTracking().Where(a => a.DecisionId == d.Id).OrderBy(a => a.Position)
            .Select(a => new
            {
                Official = new OfficialName(a.Official!.Slug, a.Official.Civility, a.Official.FirstName, a.Official.Surname),
                a.PrintedName,
                a.Status,
                Holder = a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname),
            }).ToListAsync(cancellationToken);

        var tables = await db.BudgetTables.AsNoTracking().Where(t => t.DecisionId == d.Id).OrderBy(t => t.Position)
            .Select(t => new { t.Id, t.Caption, t.Columns, t.Line }).ToListAsync(cancellationToken);
        var tableIds = tables.Select(t => t.Id).ToList();
        var rows = (await db.BudgetLines.AsNoTracking().Where(l => tableIds.Contains(l.TableId)).OrderBy(l => l.Position)
            .Select(l => new { l.TableId, l.Label, l.Values, l.IsTotal, l.Line }).ToListAsync(cancellationToken))
            .ToLookup(l => l.TableId, l => new BudgetRowItem(l.Label, PlainNumber.Of(l.Values), l.IsTotal, l.Line));

        var imputations = await db.Imputations.AsNoTracking().Where(i => i.DecisionId == d.Id).OrderBy(i => i.Line)
            .Select(i => new { i.Amount, i.Direction, i.Section, i.Budget, i.Years, i.Chapter, i.Operation, i.ArticleNumber, i.Line })
            .ToListAsync(cancellationToken);

        var amendments = await db.Amendments.AsNoTracking().Where(a => a.DecisionId == d.Id).OrderBy(a => a.Line)
            .Select(a => new { a.Target, a.CorrectedText, a.ReplacedText, a.Changes, a.Line }).ToListAsync(cancellationToken);

        var projects = await db.DecisionProjects.AsNoTracking().Where(p => p.DecisionId == d.Id).OrderBy(p => p.Line)
            .Select(p => new { p.Project!.Slug, p.Project.Name, p.Amount, p.Source, p.Line }).ToListAsync(cancellationToken);

        var grants = await db.Grants.AsNoTracking().Where(g => g.DecisionId == d.Id).OrderBy(g => g.Line)
            .Select(g => new { g.Organisation!.Slug, g.Organisation.Name, g.Organisation.Acronym, g.Amount, g.Nature, g.Line }).ToListAsync(cancellationToken);

        var versions = await db.Documents.AsNoTracking().Where(v => v.DecisionId == d.Id).OrderBy(v => v.Version)
            .Select(v => new { v.Id, v.Version, v.FileName, v.ContentHash, v.Encoding, v.ImportedAt, v.Status }).ToListAsync(cancellationToken);
        var versionIds = versions.Select(v => v.Id).ToList();
        var diagnostics = (await db.Diagnostics.AsNoTracking().Where(x => versionIds.Contains(x.DocumentId)).OrderBy(x => x.Line).ThenBy(x => x.Id)
            .Select(x => new { x.DocumentId, Item = new DiagnosticItem(x.Severity, x.Code, x.Line, x.Message) }).ToListAsync(cancellationToken))
            .ToLookup(x => x.DocumentId, x => x.Item);

        return new DecisionDetail(
            d.Number, d.Title, d.Body, d.Date,
            d.Date is { } date && d.Body is { } body ? SittingRef.From(date, body) : null,
            d.Commission, d.Communes, d.Service,
            Ref(d.Rapporteur), d.RapporteurRole, Ref(d.President), Ref(d.Secretary),
            d.MembersInOffice, d.ConvocationDate, d.PostedDate, d.ReportDate, d.ReceivedDate, d.TransmissionDate,
            d.PrefectureId, d.OperativeVerb, StoredReport.Text(d.ReportText, d.ReportSource, d.ReportStart, d.ReportLength),
            new DecisionCounts(d.PresentCount, d.ExcusedCount, d.UnexcusedCount, d.ProxyCount),
            articles,
            [.. attendance.Select(a => new AttendanceItem(OfficialRef.From(a.Official), a.PrintedName, a.Status, Ref(a.Holder)))],
            [.. tables.Select(t => new BudgetTableItem(t.Caption, t.Columns, [.. rows[t.Id]], t.Line))],
            [.. imputations.Select(i => new ImputationItem(PlainNumber.Of(i.Amount), i.Direction, i.Section, i.Budget, i.Years, i.Chapter, i.Operation, i.ArticleNumber, i.Line))],
            [.. amendments.Select(a => new AmendmentItem(a.Target, a.CorrectedText, a.ReplacedText, [.. a.Changes.Select(c => new AmendedValueItem(c.Label, PlainNumber.Of(c.Before), PlainNumber.Of(c.After)))], a.Line))],
            [.. projects.Select(p => new ProjectMentionItem(ProjectRef.From(p.Slug, p.Name), PlainNumber.Of(p.Amount), p.Source, p.Line))],
            [.. grants.Select(g => new GrantItem(OrganisationRef.From(g.Slug, g.Name, g.Acronym), PlainNumber.Of(g.Amount), g.Nature, g.Line))],
            [.. diagnostics[d.CurrentDocumentId]],
            [.. versions.Select(v => new VersionItem(v.Version, v.FileName, v.ContentHash, v.Encoding, Utc(v.ImportedAt), v.Status, v.Id == d.CurrentDocumentId, [.. diagnostics[v.Id]]))],
            ApiRoutes.Decision(d.Number), Routes.Decision(d.Number));
    }

    private static OfficialRef? Ref(OfficialName? name) => name is null ? null : OfficialRef.From(name);

    /// <summary>The importer stores UTC; SQLite gives it back without its kind, so say it, or clients read local time.</summary>
    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
