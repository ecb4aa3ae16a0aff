using Deliberations.Web.Data.Sqlite;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Data;

public static class StorageServices
{
    /// <summary>The store, its engine, the importer and the export files it writes, configured from the <c>Deliberations</c> section.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<IDatabaseEngine>(sp => new SqliteEngine(ConnectionString(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Database)));
        // Pooled: building a context's options on every request was a visible part of an uncached page.
        services.AddDbContextPool<DeliberationsDb>((sp, options) => sp.GetRequiredService<IDatabaseEngine>().Configure(options));
        services.AddSingleton(sp => new TermCalendar(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Terms));
        services.AddScoped<Importer>();
        services.AddExportFiles(configuration);
        return services;
    }

    public static string ConnectionString(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder { DataSource = full, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
    }
}
