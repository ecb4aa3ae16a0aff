namespace Deliberations.Web.Tests.Support;

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
}
