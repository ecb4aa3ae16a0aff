namespace Deliberations.Web.Features.Shared;

/// <summary>
/// The model of <c>_SearchForm</c>. Several forms can share a page, so each has its own field id and
/// its own landmark name.
/// </summary>
/// <param name="Id">The id of the text field, unique on the page.</param>
/// <param name="Name">The accessible name of the search landmark.</param>
/// <param name="Label">The field's label.</param>
/// <param name="LabelHidden">Hide the label visually (it is still read out), for the compact header form.</param>
/// <param name="Query">The words to show in the field.</param>
public sealed record SearchForm(string Id, string Name, string Label, bool LabelHidden = false, string? Query = null)
{
    public const string Action = "/recherche";

    public static SearchForm Header { get; } = new("recherche-site", "Recherche sur le site", "Rechercher sur le site", LabelHidden: true);

    public static SearchForm Primary(string? query = null) =>
        new("recherche-principale", "Recherche", "Rechercher une délibération, un élu, un projet", Query: query);
}
