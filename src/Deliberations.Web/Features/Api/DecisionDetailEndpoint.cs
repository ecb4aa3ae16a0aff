using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Decisions;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary><c>GET /api/deliberations/{number}</c>: one decision, everything the parser found, read as its page reads it.</summary>
public static class DecisionDetailEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGetAndHead("/deliberations/{number}", HandleAsync)
            .WithName("GetDecision")
            .WithTags("Délibérations")
            .WithSummary("Une délibération")
            .WithDescription("Tout ce que l'analyse a lu dans le texte courant : en-tête, articles, présences et pouvoirs, tableaux budgétaires, imputations, amendements, projets, subventions, diagnostics, versions.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DecisionDetail>, ProblemHttpResult>> HandleAsync(
        DeliberationsDb db, [Description("Numéro tel qu'imprimé : `2021-0801`, `CP-2018-2133`.")] string number, CancellationToken cancellationToken) =>
        await new DecisionQuery(db).RunAsync(number, cancellationToken) is { } decision
            ? TypedResults.Ok(Answer(decision))
            : ApiProblems.NotFound("Délibération introuvable", $"Aucune délibération n° {number}.");

    private static DecisionDetail Answer(DecisionRecord decision)
    {
        var d = decision.Facts;
        return new DecisionDetail(
            d.Number, d.Title, d.Body, d.SittingDate,
            d.SittingDate is { } date && d.Body is { } body ? SittingRef.From(date, body) : null,
            d.Commission, d.Communes, d.Service,
            Ref(d.Rapporteur), d.RapporteurRole, Ref(d.President), Ref(d.Secretary),
            d.MembersInOffice, d.ConvocationDate, d.PostedDate, d.ReportDate, d.ReceivedDate, d.TransmissionDate,
            d.PrefectureId, d.OperativeVerb, d.ReportText,
            new DecisionCounts(d.PresentCount, d.ExcusedCount, d.UnexcusedCount, d.ProxyCount),
            [.. decision.Articles.Select(a => new ArticleItem(a.Number, a.Text, a.Line))],
            [.. decision.Attendance.Select(a => new AttendanceItem(OfficialRef.From(a.Official), a.PrintedName, a.Status, Ref(a.ProxyHolder)))],
            [.. decision.BudgetTables.Select(t => new BudgetTableItem(t.Caption, t.Columns, [.. t.Rows.Select(r => new BudgetRowItem(r.Label, PlainNumber.Of(r.Values), r.IsTotal, r.Line))], t.Line))],
            [.. decision.Imputations.Select(i => new ImputationItem(PlainNumber.Of(i.Amount), i.Direction, i.Section, i.Budget, i.Years, i.Chapter, i.Operation, i.ArticleNumber, i.Line))],
            [.. decision.Amendments.Select(a => new AmendmentItem(a.Target, a.CorrectedText, a.ReplacedText, [.. a.Changes.Select(c => new AmendedValueItem(c.Label, PlainNumber.Of(c.Before), PlainNumber.Of(c.After)))], a.Line))],
            [.. decision.Projects.Select(p => new ProjectMentionItem(ProjectRef.From(p.Slug, p.Name), PlainNumber.Of(p.Amount), p.Source, p.Line))],
            [.. decision.Grants.Select(g => new GrantItem(OrganisationRef.From(g.Slug, g.Name, g.Acronym), PlainNumber.Of(g.Amount), g.Nature, g.Kind, g.Line))],
            Diagnostics(decision.Current),
            [.. decision.Versions.Select(v => new VersionItem(v.Document.Version, v.Document.FileName, v.Document.ContentHash, v.Document.Encoding, Utc(v.Document.ImportedAt), v.Document.Status, v.Document.Id == d.CurrentDocumentId, Diagnostics(v)))],
            ApiRoutes.Decision(d.Number), Routes.Decision(d.Number));
    }

    private static List<DiagnosticItem> Diagnostics(DocumentVersion version) => [.. version.Diagnostics.Select(x => new DiagnosticItem(x.Severity, x.Code, x.Line, x.Message))];

    private static OfficialRef? Ref(OfficialName? name) => name is null ? null : OfficialRef.From(name);

    /// <summary>The importer stores UTC; SQLite gives it back without its kind, so say it, or clients read local time.</summary>
    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
