using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Deliberations.Core.Json;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Xunit.Abstractions;

namespace Deliberations.Core.Tests.Fuzzing;

/// <summary>
/// Thousands of damaged copies of the seeds through the parser and the JSON writer, with a fixed
/// random seed so that a failure is replayed by running the test again. Set FUZZ_ITERATIONS to go
/// further than the CI default.
/// </summary>
public class MutationFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20240808;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 3000;

    [Fact]
    public void Damaged_seeds_always_give_an_answer_and_never_lose_a_part_silently()
    {
        var seeds = Repo.SeedFiles().Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f, Encoding.UTF8))).ToArray();
        var intact = seeds.Select(s => ExtractParser.Parse(s.Text)).ToArray();
        var random = new Random(Seed);
        var mutator = new SeedMutator(random);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var slowest = (Time: TimeSpan.Zero, What: "");
        for (var i = 0; i < Iterations; i++)
        {
            var k = i % seeds.Length;
            var bytes = mutator.Mutate(seeds[k].Text);
            var what = $"#{i} {seeds[k].Name}: {string.Join(", ", mutator.Applied)}";
            var started = clock.Elapsed;
            try
            {
                var parsed = ExtractParser.Parse(bytes);
                failures.AddRange(Check(parsed, intact[k]).Select(f => $"{what} → {f}"));
            }
            catch (Exception ex)
            {
                failures.Add($"{what} → {ex.GetType().Name}: {ex.Message}");
            }

            if (clock.Elapsed - started > slowest.Time)
            {
                slowest = (clock.Elapsed - started, what);
            }
        }

        output.WriteLine($"{Iterations} mutations in {clock.Elapsed.TotalSeconds:F1} s; slowest {slowest.Time.TotalMilliseconds:F0} ms ({slowest.What})");
        Assert.True(failures.Count == 0, $"{failures.Count} failures, first ones:\n{string.Join("\n", failures.Take(20))}");
    }

    private static IEnumerable<string> Check(ParsedExtract parsed, ParsedExtract intact)
    {
        Assert.NotNull(parsed);
        Assert.NotNull(parsed.Diagnostics);
        foreach (var failed in parsed.Diagnostics.Where(d => d.Code == "reader-failed"))
        {
            yield return failed.Message;
        }

        using (var json = JsonDocument.Parse(ParsedExtractJson.ToJson(parsed, "mutant")))
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                yield return "the JSON is not an object";
            }
        }

        // The store keeps the report as this span of the text, never as a copy of its own.
        var report = parsed.Report;
        if (report.Start < 0 || report.Start + report.Text.Length > parsed.Source.Text.Length
            || !parsed.Source.Text.AsSpan(report.Start, report.Text.Length).SequenceEqual(report.Text))
        {
            yield return "the report is not the span of the text it names";
        }

        foreach (var loss in SilentLoss.Between(intact, parsed))
        {
            yield return loss;
        }
    }
}
