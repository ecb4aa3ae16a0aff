using Deliberations.Web.Features.Exports;
using Deliberations.Web.Import;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Data;

public static class StorageServices
{
    /// <summary>The store, its engine, the importer and the export files it writes, configured from the <c>Deliberations</c> section.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(sp => DatabaseEngines.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Database, sp.GetServices<IInterceptor>()));

        // From the engine's pool; the scope's end gives it back.
        services.AddScoped(sp => sp.GetRequiredService<IDatabaseEngine>().CreateContext());
        services.AddSingleton(sp => new TermCalendar(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Terms));
        services.AddScoped<Importer>();
        services.AddExportFiles(configuration);
        return services;
    }
}
