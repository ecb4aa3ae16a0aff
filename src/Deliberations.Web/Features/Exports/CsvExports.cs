namespace Deliberations.Web.Features.Exports;

/// <summary>
/// The exports: two in the national SCDL schemas, three in the API's own terms, and a spreadsheet
/// variant of each but the attendance (2.5 million rows at 20,000 extracts, past the 1,048,576 rows a
/// spreadsheet holds).
/// </summary>
public static class CsvExports
{
    public static readonly CsvExport Decisions = new CsvExport<ScdlDecisionRow>(
        "deliberations.csv", (db, settings, cancellationToken) => ScdlDecisions.ReadAsync(db, settings.Collectivity, settings.SiteUrl, cancellationToken));

    public static readonly CsvExport Grants = new CsvExport<ScdlGrantRow>(
        "subventions.csv", (db, settings, cancellationToken) => ScdlGrants.ReadAsync(db, settings.Collectivity, cancellationToken));

    public static readonly CsvExport GrantDetails = new CsvExport<GrantDetailRow>(
        "subventions-detail.csv", (db, settings, cancellationToken) => Exports.GrantDetails.ReadAsync(db, settings.SiteUrl, cancellationToken));

    public static readonly CsvExport Attendance = new CsvExport<AttendanceRow>(
        "presences.csv", (db, _, cancellationToken) => AttendanceRows.ReadAsync(db, cancellationToken));

    public static readonly CsvExport Budget = new CsvExport<BudgetRow>(
        "budget.csv", (db, _, cancellationToken) => BudgetRows.ReadAsync(db, cancellationToken));

    public static readonly IReadOnlyList<CsvExport> ForSpreadsheets = [.. new[] { Decisions, Grants, GrantDetails, Budget }.Select(e => e.ForSpreadsheet())];

    public static readonly IReadOnlyList<CsvExport> All = [Decisions, Grants, GrantDetails, Attendance, Budget, .. ForSpreadsheets];
}
