namespace Deliberations.Benchmarks;

/// <summary>Finds the repository's seeds from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class SeedFiles
{
    public static IReadOnlyList<string> Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Deliberations.sln")))
                {
                    return [.. Directory.GetFiles(Path.Combine(dir.FullName, "seeds"), "*.txt").Order(StringComparer.Ordinal)];
                }
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + Environment.CurrentDirectory);
    }
}
