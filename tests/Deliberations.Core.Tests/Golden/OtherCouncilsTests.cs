using System.Text.Json;
using Deliberations.Core.Json;
using Deliberations.Core.Parsing;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Golden;

/// <summary>
/// Real minutes of other councils, in layouts the parser was not written for (tests/data/other-councils):
/// it must answer for each, never fail, and never invent a decision number for a whole sitting.
/// </summary>
public class OtherCouncilsTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.DataDir, "other-councils", "docs"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parses_without_failing_and_says_what_it_could_not_read(string document)
    {
        var dir = Path.Combine(Repo.DataDir, "other-councils");
        var parsed = ExtractParser.Parse(File.ReadAllBytes(Path.Combine(dir, "docs", document)));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected", Path.ChangeExtension(document, ".json"))));

        Assert.DoesNotContain(parsed.Diagnostics, d => d.Code == "reader-failed");
        using var json = JsonDocument.Parse(ParsedExtractJson.ToJson(parsed, document));
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);

        // Whole-sitting minutes have no document number: an invented one would be a false identity.
        if (expected.RootElement.GetProperty("number").ValueKind == JsonValueKind.Null)
        {
            Assert.Null(parsed.Header.Number);
            Assert.Contains(parsed.Diagnostics, d => d.Code == "missing-number");
        }
    }
}
