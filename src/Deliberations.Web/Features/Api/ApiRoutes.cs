namespace Deliberations.Web.Features.Api;

/// <summary>
/// The URLs of the open data: the JSON resources mirror the HTML pages' names (<c>/deliberations</c> →
/// <c>/api/deliberations</c>), so whoever knows one can guess the other. Root-relative, as the site's own links.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "/api";

    public const string OpenApiDocument = "/openapi/v1.json";

    public const string Decisions = Prefix + "/deliberations";

    public const string Sittings = Prefix + "/seances";

    public const string Officials = Prefix + "/elus";

    public const string Projects = Prefix + "/projets";

    public const string Organisations = Prefix + "/organisations";

    public const string Budget = Prefix + "/budget";

    public const string Search = Prefix + "/recherche";

    public const string LatestFeed = "/flux.atom";

    public const string SearchFeed = "/recherche/flux.atom";

    public const string DecisionsCsv = "/export/deliberations.csv";

    public const string GrantsCsv = "/export/subventions.csv";

    public const string GrantDetailsCsv = "/export/subventions-detail.csv";

    public const string AttendanceCsv = "/export/presences.csv";

    public const string BudgetCsv = "/export/budget.csv";

    /// <summary>The spreadsheet variant of an export: <c>/export/subventions-tableur.csv</c>.</summary>
    public static string Spreadsheet(string export) => export[..^".csv".Length] + Exports.CsvExport.SpreadsheetSuffix + ".csv";

    public static string Decision(string number) => Decisions + "/" + Uri.EscapeDataString(number);

    public static string Sitting(string slug) => Sittings + "/" + slug;

    public static string Official(string slug) => Officials + "/" + slug;

    public static string Project(string slug) => Projects + "/" + slug;

    public static string Organisation(string slug) => Organisations + "/" + slug;

    public static string OfficialFeed(string slug) => "/elus/" + slug + "/flux.atom";

    public static string ProjectFeed(string slug) => "/projets/" + slug + "/flux.atom";

    public static string OrganisationFeed(string slug) => "/organisations/" + slug + "/flux.atom";
}
