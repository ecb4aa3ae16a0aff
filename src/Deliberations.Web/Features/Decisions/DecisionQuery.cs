using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Decisions;

/// <summary>
/// Reads one decision for every view of it: one narrow projection per part, each a single query keyed
/// on the decision's id, so a decision costs a fixed ten small queries whatever the size of its lists.
/// </summary>
public sealed class DecisionQuery(DeliberationsDb db)
{
    public async Task<DecisionRecord?> RunAsync(string number, CancellationToken cancellationToken)
    {
        var facts = await db.Decisions.AsNoTracking()
            .Where(d => d.Number == number)
            .Select(d => new DecisionFacts
            {
                Id = d.Id,
                Number = d.Number,
                Title = d.Title,
                PrintedActName = d.ActName,
                PrintedReportName = d.ReportName,
                Lines = new FactLines(d.SittingLine, d.NumberLine, d.TitleLine, d.CommissionLine, d.CommunesLine, d.ServiceLine, d.RapporteurLine, d.PresidentLine, d.SecretaryLine, d.MembersInOfficeLine, d.ConvocationLine, d.PostedLine, d.ReportLine, d.LegalityLine),
                Body = d.Sitting == null ? null : d.Sitting.Body,
                SittingDate = d.Sitting == null ? null : d.Sitting.Date,
                Commission = d.Commission,
                Communes = d.Communes,
                Service = d.Service,
                Rapporteur = d.Rapporteur == null ? null : new OfficialName(d.Rapporteur.Slug, d.Rapporteur.Civility, d.Rapporteur.FirstName, d.Rapporteur.Surname),
                RapporteurRole = d.RapporteurRole,
                President = d.President == null ? null : new OfficialName(d.President.Slug, d.President.Civility, d.President.FirstName, d.President.Surname),
                Secretary = d.Secretary == null ? null : new OfficialName(d.Secretary.Slug, d.Secretary.Civility, d.Secretary.FirstName, d.Secretary.Surname),
                MembersInOffice = d.MembersInOffice,
                SittingMembersInOffice = d.Sitting == null ? null : d.Sitting.MembersInOffice,
                ConvocationDate = d.ConvocationDate,
                ReportDate = d.ReportDate,
                PostedDate = d.PostedDate,
                TransmissionDate = d.TransmissionDate,
                ReceivedDate = d.ReceivedDate,
                PrefectureId = d.PrefectureId,
                OperativeVerb = d.OperativeVerb,
                ReportCopy = d.ReportText,
                SourceText = d.CurrentDocument!.Text,
                ReportStart = d.ReportStart,
                ReportLength = d.ReportLength,
                PresentCount = d.PresentCount,
                ExcusedCount = d.ExcusedCount,
                UnexcusedCount = d.UnexcusedCount,
                ProxyCount = d.ProxyCount,
                CurrentDocumentId = d.CurrentDocumentId,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (facts is null)
        {
            return null;
        }

        var id = facts.Id;
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.DecisionId == id)
            .OrderBy(a => a.Position)
            .Select(a => new ArticleRow(a.Number, a.Text, a.Line))
            .ToListAsync(cancellationToken);
        var attendance = await db.Attendance.AsNoTracking()
            .Where(a => a.DecisionId == id)
            .OrderBy(a => a.Position)
            .Select(a => new AttendanceRow(
                new OfficialName(a.Official!.Slug, a.Official.Civility, a.Official.FirstName, a.Official.Surname),
                a.PrintedName,
                a.Status,
                a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname),
                a.Line))
            .ToListAsync(cancellationToken);
        var tables = await BudgetTablesAsync(id, cancellationToken);
        var imputations = await db.Imputations.AsNoTracking()
            .Where(i => i.DecisionId == id)
            .OrderBy(i => i.Line)
            .Select(i => new ImputationRow(i.ArticleNumber, i.Amount, i.Direction, i.Section, i.Budget, i.Years, i.Chapter, i.Operation, i.Line))
            .ToListAsync(cancellationToken);
        var amendments = await db.Amendments.AsNoTracking()
            .Where(a => a.DecisionId == id)
            .OrderBy(a => a.Line)
            .Select(a => new AmendmentRow(a.Target, a.CorrectedText, a.ReplacedText, a.Changes, a.Line))
            .ToListAsync(cancellationToken);
        var projects = await db.DecisionProjects.AsNoTracking()
            .Where(p => p.DecisionId == id)
            .OrderBy(p => p.Line)
            .Select(p => new ProjectRow(p.Project!.Name, p.Project.Slug, p.Amount, p.Source, p.Line))
            .ToListAsync(cancellationToken);
        var grants = await db.Grants.AsNoTracking()
            .Where(g => g.DecisionId == id)
            .OrderBy(g => g.Line)
            .Select(g => new GrantRow(g.Organisation!.Name, g.Organisation.Acronym, g.Organisation.Slug, g.Nature, g.Kind, g.Amount, g.Line))
            .ToListAsync(cancellationToken);
        var versions = await VersionsAsync(id, facts.CurrentDocumentId, cancellationToken);
        return new DecisionRecord(facts, articles, attendance, tables, imputations, amendments, projects, grants, versions);
    }

    private async Task<List<BudgetTableRecord>> BudgetTablesAsync(int decisionId, CancellationToken cancellationToken)
    {
        var tables = await db.BudgetTables.AsNoTracking()
            .Where(t => t.DecisionId == decisionId)
            .OrderBy(t => t.Position)
            .Select(t => new
            {
                t.Caption,
                t.Columns,
                t.Line,
                Rows = t.Lines.OrderBy(l => l.Position).Select(l => new BudgetRowRecord(l.Label, l.Values, l.IsTotal, l.Line)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. tables.Select(t => new BudgetTableRecord(t.Caption, t.Columns, t.Rows, t.Line))];
    }

    /// <summary>The decision's texts, and its current one: the minutes of a sitting are the version of its first decision alone, and the current text of each.</summary>
    private async Task<List<DocumentVersion>> VersionsAsync(int decisionId, int currentDocumentId, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.DecisionId == decisionId || d.Id == currentDocumentId)
            .OrderBy(d => d.Version)
            .Select(d => new SourceDocumentRow(d.Id, d.Version, d.FileName, d.ContentHash, d.Encoding, d.ImportedAt, d.Status))
            .ToListAsync(cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var diagnostics = (await db.Diagnostics.AsNoTracking()
            .Where(x => ids.Contains(x.DocumentId))
            .OrderBy(x => x.Line).ThenBy(x => x.Id)
            .Select(x => new { x.DocumentId, Row = new DiagnosticRow(x.Severity, x.Code, x.Line, x.Message) })
            .ToListAsync(cancellationToken))
            .ToLookup(x => x.DocumentId, x => x.Row);
        return [.. documents.Select(d => new DocumentVersion(d, [.. diagnostics[d.Id]]))];
    }
}
