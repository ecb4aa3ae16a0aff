
using CsvHelper;

namespace Deliberations.Web.Features.Exports;

/// <summary>One official's line in one decision's attendance, with the proxy (presences.csv). Column names as the API's fields.</summary>
[CsvRecord]
public sealed partial record AttendanceRow(
    [CsvColumn("decisionNumber")] string DecisionNumber,
    [CsvColumn("decisionDate"), CsvFormat(CsvDates.Iso)] DateOnly? DecisionDate,
    [CsvColumn("body")] string? Body,
    [CsvColumn("officialSlug")] string OfficialSlug,
    [CsvColumn("civility")] string? Civility,
    [CsvColumn("firstName")] string? FirstName,
    [CsvColumn("surname")] string Surname,
    [CsvColumn("printedName")] string PrintedName,
    [CsvColumn("status")] string Status,
    [CsvColumn("proxyHolderSlug")] string? ProxyHolderSlug,
    [CsvColumn("proxyHolderName")] string? ProxyHolderName);
