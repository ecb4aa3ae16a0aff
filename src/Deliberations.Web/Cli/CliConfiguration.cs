using Deliberations.Web.Data;

namespace Deliberations.Web.Cli;

/// <summary>The command line's <c>--db</c> and <c>--seeds</c> as configuration keys, so options and appsettings meet in one place; the verbs' host built from them.</summary>
public static class CliConfiguration
{
    public static Dictionary<string, string?> From(CliArguments args)
    {
        var settings = new Dictionary<string, string?>();
        if (args.Db is { } db)
        {
            settings[$"{StorageOptions.Section}:{nameof(StorageOptions.Database)}"] = db;
        }

        if (args.Seeds is { } seeds)
        {
            settings[$"{StorageOptions.Section}:{nameof(StorageOptions.Seeds)}"] = seeds;
        }

        return settings;
    }

    /// <summary>A host with the store's services only, as the verbs that read or write a store need it: no web server, no logs on the console.</summary>
    public static IHost StorageHost(CliArguments args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(From(args));
        builder.Services.AddStorage(builder.Configuration);
        return builder.Build();
    }
}
