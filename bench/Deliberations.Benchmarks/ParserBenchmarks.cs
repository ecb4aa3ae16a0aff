using BenchmarkDotNet.Attributes;
using Deliberations.Core.Parsing;

namespace Deliberations.Benchmarks;

/// <summary>
/// Parse throughput on one thread (so on one core): the five seeds, bytes to <c>ParsedExtract</c>,
/// decoding included. Extracts per second = 5 / mean time of <see cref="ParseAllSeeds"/>.
/// </summary>
/// <remarks>
/// Median, min and max are always shown (BenchmarkDotNet leaves them out when it judges them close to
/// the mean): docs/performance.md gives every figure with its spread. At least 40 warm-up iterations:
/// BenchmarkDotNet judged the parser warm after 7, and the 25 measured iterations after those still
/// cost 2 to 5 times the later ones, the runtime still optimising the parser on the one core it shares.
/// </remarks>
[MemoryDiagnoser]
[MinWarmupCount(40, forceAutoWarmup: true)]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class ParserBenchmarks
{
    private byte[][] _seeds = [];

    [GlobalSetup]
    public void Setup() => _seeds = [.. SeedFiles.Find().Select(File.ReadAllBytes)];

    [Benchmark(OperationsPerInvoke = 5)]
    public int ParseAllSeeds()
    {
        var articles = 0;
        foreach (var seed in _seeds)
        {
            articles += ExtractParser.Parse(seed).OperativePart.Articles.Count;
        }

        return articles;
    }
}
