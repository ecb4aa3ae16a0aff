using Deliberations.Web.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Features.Exports;

/// <summary>The export files' services: what every host that imports needs.</summary>
public static class ExportFileServices
{
    /// <summary>The settings, the folder and its writer: an import writes the files at its end, whichever host runs it.</summary>
    public static IServiceCollection AddExportFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CollectivityOptions>(configuration.GetSection(CollectivityOptions.Section));
        services.Configure<PublicUrlOptions>(configuration.GetSection(PublicUrlOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(ExportSettings.From);
        services.AddSingleton(sp => ExportFolder.For(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<ExportWriter>();
        return services;
    }
}
