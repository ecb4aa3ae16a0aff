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

        // From the engine's pool, the scope's end gives it back; seeing the home council until a request
        // says another (Features/Councils) or the import asks for every one.
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDatabaseEngine>().CreateContext();
            db.Council = Entities.Council.HomeId;
            return db;
        });
        services.AddSingleton(sp => new TermCalendars(
            new TermCalendar(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Terms),
            new TermCalendar(sp.GetRequiredService<IOptions<StorageOptions>>().Value.MunicipalTerms)));

        // The terms of the council the request is about.
        services.AddScoped(sp => sp.GetRequiredService<TermCalendars>().For(sp.GetRequiredService<DeliberationsDb>().Council));
        services.AddScoped<Importer>();
        services.AddExportFiles(configuration);
        return services;
    }
}
