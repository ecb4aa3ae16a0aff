namespace Deliberations.Web.Features.Shared;

/// <summary>What a tab and a search engine show of a page: its title, then the site's name once, and what it holds.</summary>
public static class PageTitle
{
    public const string SiteName = "Délibérations";

    private const string DefaultDescription =
        "Les décisions de la Métropole de Lyon rendues lisibles : délibérations, séances, présence des élus, projets, subventions et budget.";

    /// <summary>
    /// <c>Séances – Délibérations</c>; a title that already names a decision (<c>Délibération n° 2021-0801</c>)
    /// or the decisions is left alone rather than ending on the same word again.
    /// </summary>
    public static string Of(string? title) =>
        string.IsNullOrEmpty(title) ? SiteName
        : FrenchSpacing.Apply(title.Contains("délibération", StringComparison.OrdinalIgnoreCase) ? title : title + " – " + SiteName);

    /// <summary>The page's own description, or the site's for a page that gives none (the home page).</summary>
    public static string Description(string? description) =>
        FrenchSpacing.Apply(string.IsNullOrWhiteSpace(description) ? DefaultDescription : description);
}
