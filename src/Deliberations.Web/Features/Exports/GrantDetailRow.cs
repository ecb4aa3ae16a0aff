using CsvHelper;
using Deliberations.Core.Model;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// One sum a decision gives an organisation, with what SCDL has no room for (subventions-detail.csv):
/// the sitting, which way the money goes and what the text calls it, and links to check it at its source.
/// Column names and values as the API's.
/// </summary>
[CsvRecord]
public sealed partial record GrantDetailRow(
    [CsvColumn("decisionNumber")] string DecisionNumber,
    [CsvColumn("sittingDate"), CsvFormat(CsvDates.Iso)] DateOnly? SittingDate,
    [CsvColumn("body")] string? Body,
    [CsvColumn("decisionTitle")] string DecisionTitle,
    [CsvColumn("organisationName")] string OrganisationName,
    [CsvColumn("organisationAcronym")] string? OrganisationAcronym,
    [CsvColumn("organisationNature")] string? OrganisationNature,
    [CsvColumn("direction")] string Direction,
    [CsvColumn("kind")] string? Kind,
    [CsvColumn("amount")] decimal? Amount,
    [CsvColumn("decisionUrl")] string DecisionUrl,
    [CsvColumn("sourceUrl")] string SourceUrl,
    [CsvColumn("sourceLineUrl")] string SourceLineUrl,
    [CsvColumn("organisationUrl")] string OrganisationUrl)
{
    /// <summary>The register's grants are money the council pays out: a decision that only books revenue names no beneficiary.</summary>
    public const string PaidOut = "paidOut";

    public static string? KindName(BeneficiaryKind? kind) => kind is { } k ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(k.ToString()) : null;
}
