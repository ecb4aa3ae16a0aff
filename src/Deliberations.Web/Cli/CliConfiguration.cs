using Deliberations.Web.Data;

namespace Deliberations.Web.Cli;

/// <summary>The command line's <c>--db</c> and <c>--seeds</c> as configuration keys, so options and appsettings meet in one place.</summary>
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
}
