using BenchmarkDotNet.Attributes;
using Deliberations.Core.Parsing;

namespace Deliberations.Benchmarks;

/// <summary>
/// Parse throughput on one thread (so on one core): the five seeds, bytes to <c>ParsedExtract</c>,
/// decoding included. Extracts per second = 5 / mean time of <see cref="ParseAllSeeds"/>.
/// </summary>
/// <remarks>
/// Median, min and max are always shown (BenchmarkDotNet leaves them out when it judges them close to
/// the mean): docs/performance.md gives every figure with its spread.
/// </remarks>
[MemoryDiagnoser]
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
