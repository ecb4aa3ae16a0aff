using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Search;

namespace Deliberations.Web.Features.Shared;

/// <summary>A link from a page to the same data as JSON, CSV or Atom, which <c>_DataLinks</c> shows.</summary>
/// <param name="Format">What the link gives: <c>JSON</c>, <c>CSV</c>, <c>Atom</c>.</param>
public sealed record DataLink(string Label, string Href, string Format)
{
    public string MediaType => Format switch
    {
        "CSV" => "text/csv",
        "Atom" => "application/atom+xml",
        _ => "application/json",
    };
}

/// <summary>
/// Which data each page offers, in one place, so every page links to its equivalents the same way:
/// <c>&lt;partial name="_DataLinks" model="DataLinks.Decisions" /&gt;</c>.
/// </summary>
public static class DataLinks
{
    public static IReadOnlyList<DataLink> Home { get; } =
    [
        new("Documentation de l'API", "/api", "HTML"),
        new("Délibérations au schéma SCDL", ApiRoutes.DecisionsCsv, "CSV"),
        new("Subventions au schéma SCDL", ApiRoutes.GrantsCsv, "CSV"),
        new("Dernières délibérations", ApiRoutes.LatestFeed, "Atom"),
    ];

    public static IReadOnlyList<DataLink> Decisions { get; } =
    [
        new("Liste des délibérations", ApiRoutes.Decisions, "JSON"),
        new("Délibérations au schéma SCDL", ApiRoutes.DecisionsCsv, "CSV"),
        new("Dernières délibérations", ApiRoutes.LatestFeed, "Atom"),
    ];

    public static IReadOnlyList<DataLink> Sittings { get; } =
    [
        new("Liste des séances", ApiRoutes.Sittings, "JSON"),
        new("Présences de chaque élu à chaque délibération", ApiRoutes.AttendanceCsv, "CSV"),
    ];

    public static IReadOnlyList<DataLink> Officials { get; } =
    [
        new("Liste des élus avec leur présence", ApiRoutes.Officials, "JSON"),
        new("Présences de chaque élu à chaque délibération", ApiRoutes.AttendanceCsv, "CSV"),
    ];

    public static IReadOnlyList<DataLink> Projects { get; } =
    [
        new("Projets et organismes", ApiRoutes.Projects, "JSON"),
        new("Subventions au schéma SCDL", ApiRoutes.GrantsCsv, "CSV"),
        new("Sommes versées, en détail", ApiRoutes.GrantDetailsCsv, "CSV"),
        new("Sommes versées, pour tableur", ApiRoutes.Spreadsheet(ApiRoutes.GrantDetailsCsv), "CSV"),
    ];

    public static IReadOnlyList<DataLink> Budget { get; } =
    [
        new("Imputations budgétaires", ApiRoutes.Budget, "JSON"),
        new("Cellules des tableaux budgétaires", ApiRoutes.BudgetCsv, "CSV"),
    ];

    public static IReadOnlyList<DataLink> Decision(string number) => [new("Cette délibération", ApiRoutes.Decision(number), "JSON")];

    public static IReadOnlyList<DataLink> Sitting(DateOnly date, string body) => [new("Cette séance", ApiRoutes.Sitting(Routes.SittingSlug(date, body)), "JSON")];

    public static IReadOnlyList<DataLink> Official(string slug) =>
    [
        new("Cet élu et sa présence", ApiRoutes.Official(slug), "JSON"),
        new("Ses délibérations", ApiRoutes.OfficialFeed(slug), "Atom"),
    ];

    public static IReadOnlyList<DataLink> Project(string slug) =>
    [
        new("Ce projet", ApiRoutes.Project(slug), "JSON"),
        new("Ses délibérations", ApiRoutes.ProjectFeed(slug), "Atom"),
    ];

    public static IReadOnlyList<DataLink> Organisation(string slug) =>
    [
        new("Cet organisme", ApiRoutes.Organisation(slug), "JSON"),
        new("Ses subventions", ApiRoutes.OrganisationFeed(slug), "Atom"),
    ];

    public static IReadOnlyList<DataLink> Search(SearchParameters? search) =>
        search is null ? [] : [new("Ces résultats", SearchLinks.Json(search), "JSON"), new("Suivre cette recherche", SearchLinks.Feed(search), "Atom")];
}
