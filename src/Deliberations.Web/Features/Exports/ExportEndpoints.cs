using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Features.Exports;

/// <summary>The CSV exports under <c>/export</c>: two in the national SCDL schemas, two in the API's own terms.</summary>
public static class ExportEndpoints
{
    public static void Map(RouteGroupBuilder export)
    {
        export.MapGetAndHead("/deliberations.csv", (DeliberationsDb db, IOptions<CollectivityOptions> collectivity, IOptions<PublicUrlOptions> publicUrl, CancellationToken cancellationToken) =>
                new CsvResult<ScdlDecisionRow>("deliberations.csv", ScdlDecisions.ReadAsync(db, collectivity.Value, publicUrl.Value.SiteUrl, cancellationToken)))
            .WithName("ExportDecisions")
            .WithTags("Exports CSV")
            .WithSummary("Export des délibérations (SCDL Délibérations)")
            .WithDescription("Une ligne par délibération, au schéma national SCDL « Délibérations » : COLL_NOM, COLL_SIRET, DELIB_ID, DELIB_DATE, DELIB_MATIERE_CODE, DELIB_MATIERE_NOM, DELIB_OBJET, BUDGET_ANNEE, BUDGET_NOM, PREF_ID, PREF_DATE, VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION, DELIB_URL. Vide quand l'extrait ne le dit pas.");
        export.MapGetAndHead("/subventions.csv", (DeliberationsDb db, IOptions<CollectivityOptions> collectivity, CancellationToken cancellationToken) =>
                new CsvResult<ScdlGrantRow>("subventions.csv", ScdlGrants.ReadAsync(db, collectivity.Value, cancellationToken)))
            .WithName("ExportGrants")
            .WithTags("Exports CSV")
            .WithSummary("Export des subventions (SCDL Subventions)")
            .WithDescription("Une ligne par organisme auquel une délibération attribue de l'argent, au schéma national SCDL « Subventions ». Vide quand la délibération ne le dit pas (SIRET du bénéficiaire, date de convention…).");
        export.MapGetAndHead("/presences.csv", (DeliberationsDb db, CancellationToken cancellationToken) =>
                new CsvResult<AttendanceRow>("presences.csv", AttendanceRows.ReadAsync(db, cancellationToken)))
            .WithName("ExportAttendance")
            .WithTags("Exports CSV")
            .WithSummary("Export des présences")
            .WithDescription("Une ligne par élu et par délibération : statut (present, excused, unexcused) et, pour un absent excusé, l'élu qui porte sa voix.");
        export.MapGetAndHead("/budget.csv", (DeliberationsDb db, CancellationToken cancellationToken) =>
                new CsvResult<BudgetRow>("budget.csv", BudgetRows.ReadAsync(db, cancellationToken)))
            .WithName("ExportBudgetTables")
            .WithTags("Exports CSV")
            .WithSummary("Export des tableaux budgétaires")
            .WithDescription("Une ligne par cellule des tableaux budgétaires des rapports : délibération, tableau, ligne, colonne, montant, ligne de total ou non.");
    }
}
