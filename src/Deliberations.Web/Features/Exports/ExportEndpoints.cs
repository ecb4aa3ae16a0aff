using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Hosting;

namespace Deliberations.Web.Features.Exports;

/// <summary>The CSV exports under <c>/export</c>, each answered from its file (<see cref="ExportDownloads"/>).</summary>
public static class ExportEndpoints
{
    public static void Map(RouteGroupBuilder export)
    {
        MapExport(export, CsvExports.Decisions)
            .WithName("ExportDecisions")
            .WithSummary("Export des délibérations (SCDL Délibérations)")
            .WithDescription("Une ligne par délibération, au schéma national SCDL « Délibérations » : COLL_NOM, COLL_SIRET, DELIB_ID, DELIB_DATE, DELIB_MATIERE_CODE, DELIB_MATIERE_NOM, DELIB_OBJET, BUDGET_ANNEE, BUDGET_NOM, PREF_ID, PREF_DATE, VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION, DELIB_URL. Vide quand l'extrait ne le dit pas.");
        MapExport(export, CsvExports.Grants)
            .WithName("ExportGrants")
            .WithSummary("Export des subventions (SCDL Subventions)")
            .WithDescription("Une ligne par organisme auquel une délibération attribue de l'argent, au schéma national SCDL « Subventions ». Vide quand la délibération ne le dit pas (SIRET du bénéficiaire, date de convention…).");
        MapExport(export, CsvExports.GrantDetails)
            .WithName("ExportGrantDetails")
            .WithSummary("Export détaillé des sommes attribuées")
            .WithDescription("Une ligne par organisme auquel une délibération attribue de l'argent, avec ce que le schéma SCDL ne prévoit pas : date et instance de la séance, sens de l'argent (`paidOut` : versé par la collectivité), nature (`grant` subvention, `participation`, `otherExpense` autre dépense), adresse de la délibération, de son texte source et de la ligne où l'organisme est nommé.");
        MapExport(export, CsvExports.Attendance)
            .WithName("ExportAttendance")
            .WithSummary("Export des présences")
            .WithDescription("Une ligne par élu et par délibération : statut (present, excused, unexcused) et, pour un absent excusé, l'élu qui porte sa voix.");
        MapExport(export, CsvExports.Budget)
            .WithName("ExportBudgetTables")
            .WithSummary("Export des tableaux budgétaires")
            .WithDescription("Une ligne par cellule des tableaux budgétaires des rapports : délibération, tableau, ligne, colonne, montant, ligne de total ou non.");
        foreach (var spreadsheet in CsvExports.ForSpreadsheets)
        {
            MapExport(export, spreadsheet)
                .WithName("Export" + string.Concat(Path.GetFileNameWithoutExtension(spreadsheet.FileName).Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])))
                .WithSummary($"{spreadsheet.FileName} : pour un tableur")
                .WithDescription($"Les mêmes lignes et colonnes que {spreadsheet.FileName.Replace(CsvExport.SpreadsheetSuffix, "", StringComparison.Ordinal)}, pour un tableur réglé en français : séparateur `;`, UTF-8 avec BOM, virgule décimale.");
        }
    }

    private static RouteHandlerBuilder MapExport(RouteGroupBuilder group, CsvExport export) =>
        group.MapGetAndHead("/" + export.FileName, (ExportDownloads downloads, HttpContext context, DeliberationsDb db) => downloads.AnswerAsync(export, context, db))
            .WithTags("Exports CSV")
            .WithMetadata(new ServedFromFile())
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv");
}
