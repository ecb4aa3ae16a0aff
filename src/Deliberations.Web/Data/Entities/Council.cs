namespace Deliberations.Web.Data.Entities;

/// <summary>
/// A council whose register the store holds: it owns its sittings, decisions and officials. The
/// council the site is run for (<see cref="HomeId"/>, named by <c>Deliberations:Collectivity</c>) is
/// served at the site's root; every other one under <c>/conseils/{slug}</c>.
/// </summary>
public sealed class Council
{
    /// <summary>The site's own council, made by the migration that brought councils, so existing rows belong to it.</summary>
    public const int HomeId = 1;

    public int Id { get; set; }

    /// <summary>Its name as a title: <c>Ville d'Avranches</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Its name folded (no accents, case, punctuation): how a document's own spelling finds it.</summary>
    public required string Key { get; set; }

    /// <summary>Its URL part, <c>avranches</c>; empty for the home council, which has none.</summary>
    public required string Slug { get; set; }

    /// <summary>What kind of council it is, as its name says: <c>commune</c>, <c>métropole</c>…; null when the name does not say.</summary>
    public string? Kind { get; set; }

    /// <summary>SIRET (14 digits) where known, for the SCDL exports' <c>COLL_SIRET</c>.</summary>
    public string? Siret { get; set; }
}
