using Microsoft.Extensions.Options;

namespace Deliberations.Web.Features.Exports;

/// <summary>What the exports hold besides the data: the collectivity the SCDL files name and the address their links start with.</summary>
public sealed class ExportSettings(CollectivityOptions collectivity, string siteUrl)
{
    public CollectivityOptions Collectivity => collectivity;

    public string SiteUrl => siteUrl;

    public static ExportSettings From(IServiceProvider services) => new(
        services.GetRequiredService<IOptions<CollectivityOptions>>().Value,
        services.GetRequiredService<IOptions<PublicUrlOptions>>().Value.SiteUrl);
}
