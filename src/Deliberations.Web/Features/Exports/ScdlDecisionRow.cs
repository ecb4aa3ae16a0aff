using CsvHelper;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// A row of the SCDL « Délibérations » schema (OpenDataFrance, 2.1): the columns in the schema's order,
/// under the schema's names. Empty where the extract does not say.
/// </summary>
[CsvRecord]
public sealed partial record ScdlDecisionRow(
    [CsvColumn("COLL_NOM")] string CollectivityName,
    [CsvColumn("COLL_SIRET")] string CollectivitySiret,
    [CsvColumn("DELIB_ID")] string Number,
    [CsvColumn("DELIB_DATE"), CsvFormat(CsvDates.Iso)] DateOnly? Date,
    [CsvColumn("DELIB_MATIERE_CODE")] string? SubjectCode,
    [CsvColumn("DELIB_MATIERE_NOM")] string? SubjectName,
    [CsvColumn("DELIB_OBJET")] string Title,
    [CsvColumn("BUDGET_ANNEE")] string? BudgetYear,
    [CsvColumn("BUDGET_NOM")] string? BudgetName,
    [CsvColumn("PREF_ID")] string? PrefectureId,
    [CsvColumn("PREF_DATE"), CsvFormat(CsvDates.Iso)] DateOnly? PrefectureDate,
    [CsvColumn("VOTE_EFFECTIF")] int? MembersInOffice,
    [CsvColumn("VOTE_REEL")] int? Voters,
    [CsvColumn("VOTE_POUR")] int? For,
    [CsvColumn("VOTE_CONTRE")] int? Against,
    [CsvColumn("VOTE_ABSTENTION")] int? Abstention,
    [CsvColumn("DELIB_URL")] string Url);
