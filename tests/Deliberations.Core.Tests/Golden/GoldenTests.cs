using Deliberations.Core.Json;
using Deliberations.Core.Parsing;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Golden;

/// <summary>
/// Every seed's full parse JSON against a reviewed golden file (Golden/Expected/&lt;seed&gt;.json),
/// so any change in what the parser reads, down to a line number or a diagnostic, is seen in review.
/// Regenerate after an intended change with <c>UPDATE_GOLDEN=1 dotnet test</c>, then read the diff.
/// </summary>
public class GoldenTests
{
    private static readonly string ExpectedDir = Path.Combine(Repo.Root, "tests", "Deliberations.Core.Tests", "Golden", "Expected");

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repo.SeedFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_parses_exactly_as_reviewed(string seed)
    {
        var actual = ParsedExtractJson.ToJson(ExtractParser.Parse(File.ReadAllBytes(Path.Combine(Repo.SeedsDir, seed))), seed) + "\n";
        var expectedPath = Path.Combine(ExpectedDir, seed + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(ExpectedDir);
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"No golden file for {seed}: run UPDATE_GOLDEN=1 dotnet test and review it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
