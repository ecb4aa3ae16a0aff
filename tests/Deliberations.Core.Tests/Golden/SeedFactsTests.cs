using System.Text.Json;
using Deliberations.Core.Json;
using Deliberations.Core.Parsing;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Golden;

/// <summary>
/// Checks the parse JSON against the facts counted by hand in tests/data/spec/seed-facts.json, the same
/// way tests/data/spec/check_facts.py does: a second opinion on the golden files, independent of any code.
/// </summary>
public class SeedFactsTests
{
    public static TheoryData<string> FactFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in LoadFacts().Select(f => f.Key))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FactFiles))]
    public void Parse_output_matches_the_hand_counted_facts(string seed)
    {
        var facts = LoadFacts().Single(f => f.Key == seed).Value;
        var path = Path.Combine(Repo.SeedsDir, seed);
        using var json = JsonDocument.Parse(ParsedExtractJson.ToJson(ExtractParser.Parse(File.ReadAllBytes(path)), seed));
        var mismatches = FactComparer.Compare(facts, json.RootElement).ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static IEnumerable<KeyValuePair<string, JsonElement>> LoadFacts()
    {
        var file = Path.Combine(Repo.DataDir, "spec", "seed-facts.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        return doc.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())).ToList();
    }
}
