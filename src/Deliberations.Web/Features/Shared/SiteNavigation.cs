namespace Deliberations.Web.Features.Shared;

/// <summary>One entry of the main navigation.</summary>
/// <param name="AllCouncils">Whether every council has the section; budget and funding are the site's own council's.</param>
public sealed record NavLink(string Href, string Text, bool AllCouncils = true)
{
    /// <summary>The home link is current on <c>/</c> only; the others also on the pages below them.</summary>
    public bool IsCurrent(PathString path)
    {
        var current = path.HasValue ? path.Value!.TrimEnd('/') : "";
        if (Href == "/")
        {
            return current.Length == 0;
        }

        return current.Equals(Href, StringComparison.OrdinalIgnoreCase)
            || current.StartsWith(Href + "/", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The main navigation, in the order the header shows it.</summary>
public static class SiteNavigation
{
    public static IReadOnlyList<NavLink> Links { get; } =
    [
        new("/", "Accueil"),
        new("/deliberations", "Délibérations"),
        new("/seances", "Séances"),
        new("/elus", "Élus"),
        new("/projets", "Projets", AllCouncils: false),
        new("/budget", "Budget", AllCouncils: false),
        new("/recherche", "Recherche"),
    ];
}
