namespace Deliberations.Web.Features.Exports;

/// <summary>The four exports: two in the national SCDL schemas, two in the API's own terms.</summary>
public static class CsvExports
{
    public static readonly CsvExport Decisions = new CsvExport<ScdlDecisionRow>(
        "deliberations.csv", (db, settings, cancellationToken) => ScdlDecisions.ReadAsync(db, settings.Collectivity, settings.SiteUrl, cancellationToken));

    public static readonly CsvExport Grants = new CsvExport<ScdlGrantRow>(
        "subventions.csv", (db, settings, cancellationToken) => ScdlGrants.ReadAsync(db, settings.Collectivity, cancellationToken));

    public static readonly CsvExport Attendance = new CsvExport<AttendanceRow>(
        "presences.csv", (db, _, cancellationToken) => AttendanceRows.ReadAsync(db, cancellationToken));

    public static readonly CsvExport Budget = new CsvExport<BudgetRow>(
        "budget.csv", (db, _, cancellationToken) => BudgetRows.ReadAsync(db, cancellationToken));

    public static readonly IReadOnlyList<CsvExport> All = [Decisions, Grants, Attendance, Budget];
}
