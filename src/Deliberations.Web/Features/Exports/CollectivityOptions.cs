namespace Deliberations.Web.Features.Exports;

/// <summary>
/// The <c>Deliberations:Collectivity</c> section: who adopts the decisions, as the SCDL exports must name it.
/// Configuration rather than code, so another council running the site names itself.
/// </summary>
public sealed class CollectivityOptions
{
    public const string Section = "Deliberations:Collectivity";

    /// <summary>Official name (<c>COLL_NOM</c>, <c>nomAttribuant</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>SIRET, 14 digits (<c>COLL_SIRET</c>, <c>idAttribuant</c>).</summary>
    public string Siret { get; set; } = "";
}
