namespace Deliberations.Web.Import;

/// <summary>The extracts imported on first start: the configured folder, else the repository's <c>seeds/</c>.</summary>
public static class SeedsLocator
{
    public static string? Find(string? configured)
    {
        if (configured is not null)
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(dir.FullName, "Deliberations.sln")) && Directory.Exists(seeds))
                {
                    return seeds;
                }
            }
        }

        return null;
    }
}
