using CsvHelper;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// A row of the SCDL « Subventions » schema (OpenDataFrance, 2.0): the columns in the schema's order,
/// under the schema's names. Empty where the decision does not say.
/// </summary>
[CsvRecord]
public sealed partial record ScdlGrantRow(
    [CsvColumn("nomAttribuant")] string GrantorName,
    [CsvColumn("idAttribuant")] string GrantorSiret,
    [CsvColumn("dateConvention"), CsvFormat(CsvDates.Iso)] DateOnly? AgreementDate,
    [CsvColumn("referenceDecision")] string DecisionNumber,
    [CsvColumn("nomBeneficiaire")] string BeneficiaryName,
    [CsvColumn("idBeneficiaire")] string? BeneficiarySiret,
    [CsvColumn("objet")] string Purpose,
    [CsvColumn("montant")] decimal? Amount,
    [CsvColumn("nature")] string? Nature,
    [CsvColumn("conditionsVersement")] string? PaymentTerms,
    [CsvColumn("datesPeriodeVersement")] string? PaymentDates,
    [CsvColumn("idRAE")] string? RaeId,
    [CsvColumn("notificationUE")] string? EuNotified,
    [CsvColumn("pourcentageSubvention")] decimal? Share);
