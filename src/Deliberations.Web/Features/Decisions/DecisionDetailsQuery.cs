using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Decisions;

/// <summary>
/// Reads one decision for its page: one narrow projection per part, each a single query keyed on the
/// decision's id, so the page costs a fixed dozen small queries whatever the size of its lists.
/// </summary>
public sealed class DecisionDetailsQuery(DeliberationsDb db)
{
    public async Task<DecisionDetails?> RunAsync(string number, CancellationToken cancellationToken)
    {
        var facts = await db.Decisions.AsNoTracking()
            .Where(d => d.Number == number)
            .Select(d => new DecisionFacts
            {
                Id = d.Id,
                Number = d.Number,
                Title = d.Title,
                Body = d.Sitting == null ? null : d.Sitting.Body,
                SittingDate = d.Sitting == null ? null : d.Sitting.Date,
                Commission = d.Commission,
                Communes = d.Communes,
                Service = d.Service,
                Rapporteur = d.Rapporteur == null ? null : new OfficialName(d.Rapporteur.Slug, d.Rapporteur.Civility, d.Rapporteur.FirstName, d.Rapporteur.Surname),
                RapporteurRole = d.RapporteurRole,
                President = d.President == null ? null : new OfficialName(d.President.Slug, d.President.Civility, d.President.FirstName, d.President.Surname),
                Secretary = d.Secretary == null ? null : new OfficialName(d.Secretary.Slug, d.Secretary.Civility, d.Secretary.FirstName, d.Secretary.Surname),
                MembersInOffice = d.MembersInOffice ?? (d.Sitting == null ? null : d.Sitting.MembersInOffice),
                ConvocationDate = d.ConvocationDate,
                ReportDate = d.ReportDate,
                PostedDate = d.PostedDate,
                TransmissionDate = d.TransmissionDate,
                ReceivedDate = d.ReceivedDate,
                PrefectureId = d.PrefectureId,
                OperativeVerb = d.OperativeVerb,
                ReportCopy = d.ReportText,
                ReportSource = d.ReportText == null ? d.CurrentDocument!.Text : null,
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
            .Select(a => new ArticleRow(a.Number, a.Text))
            .ToListAsync(cancellationToken);
        var attendance = await AttendanceAsync(facts, cancellationToken);
        var tables = await BudgetTablesAsync(id, cancellationToken);
        var imputations = await db.Imputations.AsNoTracking()
            .Where(i => i.DecisionId == id)
            .OrderBy(i => i.Line)
            .Select(i => new ImputationRow(i.ArticleNumber, i.Amount, i.Direction, i.Section, i.Budget, i.Years, i.Chapter, i.Operation))
            .ToListAsync(cancellationToken);
        var amendments = await db.Amendments.AsNoTracking()
            .Where(a => a.DecisionId == id)
            .OrderBy(a => a.Line)
            .Select(a => new AmendmentRow(a.Target, a.CorrectedText, a.ReplacedText, a.Changes))
            .ToListAsync(cancellationToken);
        var projects = await db.DecisionProjects.AsNoTracking()
            .Where(p => p.DecisionId == id)
            .OrderBy(p => p.Line)
            .Select(p => new ProjectRow(p.Project!.Name, p.Project.Slug, p.Amount))
            .ToListAsync(cancellationToken);
        var grants = await db.Grants.AsNoTracking()
            .Where(g => g.DecisionId == id)
            .OrderBy(g => g.Line)
            .Select(g => new GrantRow(g.Organisation!.Name, g.Organisation.Acronym, g.Organisation.Slug, g.Nature, g.Amount))
            .ToListAsync(cancellationToken);
        var source = await new SourceQuery(db).CurrentAsync(id, facts.CurrentDocumentId, cancellationToken)
            ?? throw new InvalidOperationException($"Decision {facts.Number} has no current document.");
        var references = await StoredReferencesAsync(facts, articles, cancellationToken);
        return new DecisionDetails(facts, articles, attendance, tables, imputations, amendments, projects, grants, source, references);
    }

    private async Task<AttendanceView> AttendanceAsync(DecisionFacts facts, CancellationToken cancellationToken)
    {
        var lines = await db.Attendance.AsNoTracking()
            .Where(a => a.DecisionId == facts.Id)
            .OrderBy(a => a.Position)
            .Select(a => new
            {
                a.Status,
                Line = new AttendanceLine(
                    new OfficialName(a.Official!.Slug, a.Official.Civility, a.Official.FirstName, a.Official.Surname),
                    a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname)),
            })
            .ToListAsync(cancellationToken);
        List<AttendanceLine> Of(AttendanceStatus status) => [.. lines.Where(l => l.Status == status).Select(l => l.Line)];
        return new AttendanceView(
            Of(AttendanceStatus.Present),
            Of(AttendanceStatus.Excused),
            Of(AttendanceStatus.Unexcused),
            facts.PresentCount,
            facts.ExcusedCount,
            facts.UnexcusedCount,
            facts.ProxyCount,
            facts.MembersInOffice);
    }

    private async Task<List<BudgetTableView>> BudgetTablesAsync(int decisionId, CancellationToken cancellationToken)
    {
        var tables = await db.BudgetTables.AsNoTracking()
            .Where(t => t.DecisionId == decisionId)
            .OrderBy(t => t.Position)
            .Select(t => new
            {
                t.Caption,
                t.Columns,
                Lines = t.Lines.OrderBy(l => l.Position).Select(l => new { l.Label, l.Values, l.IsTotal }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. tables.Select(t => BudgetTableView.Check(t.Caption, t.Columns, [.. t.Lines.Select(l => (l.Label, (IReadOnlyList<decimal?>)l.Values, l.IsTotal))]))];
    }

    /// <summary>The decisions the text cites that are stored here, found in one query.</summary>
    private async Task<IReadOnlySet<string>> StoredReferencesAsync(DecisionFacts facts, List<ArticleRow> articles, CancellationToken cancellationToken)
    {
        var cited = DecisionReferences.Find(facts.ReportText);
        foreach (var article in articles)
        {
            cited.UnionWith(DecisionReferences.Find(article.Text));
        }

        cited.Remove(facts.Number);
        if (cited.Count == 0)
        {
            return cited;
        }

        var numbers = cited.ToList();
        var stored = await db.Decisions.AsNoTracking().Where(d => numbers.Contains(d.Number)).Select(d => d.Number).ToListAsync(cancellationToken);
        return stored.ToHashSet(StringComparer.Ordinal);
    }
}
