using Deliberations.Web.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Features.Exports;

/// <summary>The export files' services: what every host that imports needs, and what the site adds to serve them.</summary>
public static class ExportFileServices
{
    /// <summary>The settings, the folder and its writer: an import writes the files at its end, whichever host runs it.</summary>
    public static IServiceCollection AddExportFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CollectivityOptions>(configuration.GetSection(CollectivityOptions.Section));
        services.Configure<PublicUrlOptions>(configuration.GetSection(PublicUrlOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(ExportSettings.From);
        services.AddSingleton(sp => ExportFolder.For(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IDatabaseEngine>()));
        services.AddSingleton<ExportWriter>();
        return services;
    }

    /// <summary>The site's part: downloads answered from the files, and their refresh in the background.</summary>
    public static IServiceCollection AddExportDownloads(this IServiceCollection services)
    {
        services.AddSingleton<ExportRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<ExportRefresher>());
        services.AddSingleton<ExportDownloads>();
        return services;
    }
}
