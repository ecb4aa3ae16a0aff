using Deliberations.Web.Text;

namespace Deliberations.Web.Features.Shared;

/// <summary>The site's URLs, in one place: people link to them, so they are part of the contract.</summary>
public static class Routes
{
    public static string Decision(string number) => "/deliberations/" + Uri.EscapeDataString(number);

    public const string Officials = "/elus";

    public static string Official(string slug) => Officials + "/" + slug;

    public const string Sittings = "/seances";

    public static string Sitting(DateOnly date, string body) => Sittings + "/" + SittingSlug(date, body);

    /// <summary><c>2021-12-13-conseil</c>, <c>2018-01-15-commission-permanente</c>.</summary>
    public static string SittingSlug(DateOnly date, string body) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "-" + Slug.From(body);

    public static string Project(string slug) => "/projets/" + slug;

    public static string Organisation(string slug) => "/organisations/" + slug;

    public static string Search(string query) => "/recherche?q=" + Uri.EscapeDataString(query);
}
