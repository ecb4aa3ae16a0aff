using Deliberations.Web.Text;

namespace Deliberations.Web.Features.Shared;

/// <summary>The site's URLs, in one place: people link to them, so they are part of the contract.</summary>
public static class Routes
{
    /// <summary>The list of decisions; <paramref name="query"/> is a ready-made query string (<c>?year=2019</c>) or empty.</summary>
    public static string Decisions(string query = "") => "/deliberations" + query;

    public static string Decision(string number) => "/deliberations/" + Uri.EscapeDataString(number);

    /// <summary>The current source text as a file to download.</summary>
    public static string DecisionSource(string number) => Decision(number) + "/source";

    public static string DecisionVersion(string number, int version) =>
        Decision(number) + "/versions/" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A stored text that belongs to no decision (the parser could not identify it).</summary>
    public static string Document(int id) => "/documents/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The about page's list of texts the parser flagged, for the clerk.</summary>
    public const string DocumentsToCheck = "/a-propos#documents-a-verifier";

    public const string Officials = "/elus";

    public static string Official(string slug) => Officials + "/" + slug;

    public const string Sittings = "/seances";

    public static string Sitting(DateOnly date, string body) => Sittings + "/" + SittingSlug(date, body);

    /// <summary><c>2021-12-13-conseil</c>, <c>2018-01-15-commission-permanente</c>.</summary>
    public static string SittingSlug(DateOnly date, string body) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "-" + Slug.From(body);

    public static string Project(string slug) => "/projets/" + slug;

    public static string Organisation(string slug) => "/organisations/" + slug;
}
