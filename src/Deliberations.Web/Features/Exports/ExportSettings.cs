using Deliberations.Web.Features.Councils;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// What the exports and feeds hold besides the data: the collectivity the SCDL files and the feeds
/// name and the address their links start with. Its <see cref="Fingerprint"/> is part of each file's name, so a file written
/// under other settings is never served: the <c>import</c> verb reads <c>appsettings.json</c> and the
/// environment, not the options given on the site's command line, and may write other links.
/// </summary>
public sealed class ExportSettings(CollectivityOptions collectivity, string siteUrl)
{
    public CollectivityOptions Collectivity => collectivity;

    public string SiteUrl => siteUrl;

    /// <summary>Eight hex digits: enough to tell apart the few settings one store is ever served with.</summary>
    public string Fingerprint { get; } = ExportStamp.Hash(siteUrl, collectivity.Name, collectivity.Siret)[..8];

    /// <summary>A council's: these for the site's own; another's name and SIRET, and links under its prefix.</summary>
    public ExportSettings For(CouncilScope council) => council.IsHome ? this :
        new(new CollectivityOptions { Name = council.Name, Siret = council.Siret ?? "" }, siteUrl + council.PathBase);

    public static ExportSettings From(IServiceProvider services) => new(
        services.GetRequiredService<IOptions<CollectivityOptions>>().Value,
        services.GetRequiredService<IOptions<PublicUrlOptions>>().Value.SiteUrl);
}
