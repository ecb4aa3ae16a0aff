namespace Deliberations.Tests.Support;

/// <summary>Finds the repository from wherever the tests run.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Deliberations.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Deliberations.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string SeedsDir => Path.Combine(Root, "seeds");

    public static string ScreenshotsDir => Path.Combine(Root, "docs", "screenshots");

    /// <summary>What the tests read besides the seeds: hand-counted facts and other councils' minutes (see its README).</summary>
    public static string DataDir => Path.Combine(Root, "tests", "data");

    /// <summary>Other councils' minutes (tests/data/other-councils/README.md).</summary>
    public static string MinutesDir => Path.Combine(DataDir, "other-councils", "docs");

    /// <summary>The minutes whose file name starts with <paramref name="prefix"/> (<c>004</c>).</summary>
    public static string Minutes(string prefix) => Directory.EnumerateFiles(MinutesDir, prefix + "_*.txt").Single();

    /// <summary>The one seed whose file name starts with <paramref name="prefix"/> (<c>003</c>).</summary>
    public static string Seed(string prefix) => Directory.EnumerateFiles(SeedsDir, prefix + "*.txt").Single();

    public static IEnumerable<string> SeedFiles() => Directory.EnumerateFiles(SeedsDir, "*.txt").Order(StringComparer.Ordinal);
}
