using System.Text.Json;
using Deliberations.Core.Json;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Golden;

/// <summary>
/// Real minutes of other councils, in layouts the parser was not first written for
/// (tests/data/other-councils): each must parse without failing, be read as minutes, match the
/// facts counted by hand (as check_minutes.py compares them: 95 % of them at least, over the twelve)
/// and match its reviewed golden JSON (Golden/Expected/other-councils).
/// </summary>
public class OtherCouncilsTests
{
    private static readonly string Dir = Path.Combine(Repo.DataDir, "other-councils");

    private static readonly string ExpectedDir = Path.Combine(Repo.Root, "tests", "Deliberations.Core.Tests", "Golden", "Expected", "other-councils");

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in DocumentNames())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parses_without_failing_and_says_what_it_could_not_read(string document)
    {
        var parsed = Parse(document);
        using var expected = Expected(document);

        Assert.DoesNotContain(parsed.Diagnostics, d => d.Code == "reader-failed");
        using var json = JsonDocument.Parse(ParsedExtractJson.ToJson(parsed, document));
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);

        // Whole-sitting minutes have no document number: an invented one would be a false identity.
        if (expected.RootElement.GetProperty("number").ValueKind == JsonValueKind.Null)
        {
            Assert.Null(parsed.Header.Number);
            Assert.Equal(DocumentKind.Minutes, parsed.Kind);
            Assert.Contains(parsed.Diagnostics, d => d.Code == "missing-number");
        }
    }

    [Fact]
    public void The_hand_counted_facts_of_the_twelve_are_read_at_95_percent_at_least()
    {
        var total = 0;
        var mismatches = new List<string>();
        foreach (var document in DocumentNames())
        {
            using var expected = Expected(document);
            using var json = JsonDocument.Parse(ParsedExtractJson.ToJson(Parse(document), document));
            var (count, missed) = MinutesFactComparer.Compare(expected.RootElement, json.RootElement);
            total += count;
            mismatches.AddRange(missed.Select(m => $"{document}: {m}"));
        }

        var share = (double)(total - mismatches.Count) / total;
        Assert.True(share >= 0.95, $"{total - mismatches.Count}/{total} facts match:\n{string.Join('\n', mismatches)}");
    }

    [Theory]
    [InlineData("005_avranches-cm-2018-04-09-ocr.txt")]
    [InlineData("006_avranches-cm-2018-07-06-ocr.txt")]
    public void Ocr_damage_is_said_where_it_is_met(string document)
    {
        var parsed = Parse(document);

        Assert.Contains(parsed.Diagnostics, d => d.Code.StartsWith("ocr-", StringComparison.Ordinal) && d.Line > 0 && d.Severity == Severity.Warning);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_parses_exactly_as_reviewed(string document)
    {
        var actual = ParsedExtractJson.ToJson(Parse(document), document) + "\n";
        var expectedPath = Path.Combine(ExpectedDir, Path.ChangeExtension(document, ".json"));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(ExpectedDir);
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"No golden file for {document}: run UPDATE_GOLDEN=1 dotnet test and review it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    private static IEnumerable<string> DocumentNames() =>
        Directory.EnumerateFiles(Path.Combine(Dir, "docs"), "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static ParsedExtract Parse(string document) => ExtractParser.Parse(File.ReadAllBytes(Path.Combine(Dir, "docs", document)));

    private static JsonDocument Expected(string document) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "expected", Path.ChangeExtension(document, ".json"))));
}
