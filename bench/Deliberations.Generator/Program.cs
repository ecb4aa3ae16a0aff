using System.Diagnostics;
using System.Globalization;
using System.Text;
using Deliberations.Generator;

// Generates synthetic extracts for benchmarks, deterministic from the seed:
//   dotnet run --project bench/Deliberations.Generator -c Release -- --count 20000 --seed 42 --out DIR [--check]
var options = GeneratorOptions.Parse(args);
if (options.Error is { } error)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

Directory.CreateDirectory(options.Out);
// Files of a previous, larger run would otherwise stay and be imported with this one.
foreach (var stale in Directory.EnumerateFiles(options.Out, "*.txt").Where(f => Path.GetFileNameWithoutExtension(f).All(char.IsAsciiDigit)))
{
    File.Delete(stale);
}

var clock = Stopwatch.StartNew();
var expected = CorpusGenerator.Generate(options.Count, options.Seed, options.Out);
var bytes = expected.Sum(e => new FileInfo(Path.Combine(options.Out, e.File)).Length);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Wrote {expected.Count} extracts ({bytes / 1024.0 / 1024.0:0.0} MiB, {bytes / Math.Max(1, expected.Count) / 1024.0:0.0} KiB on average) to {options.Out} in {clock.Elapsed.TotalSeconds:0.0} s (seed {options.Seed})."));
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Conseil {expected.Count(e => e.Body == "Conseil")}, Commission permanente {expected.Count(e => e.Body != "Conseil")}; 2015-2020 term {expected.Count(e => e.Date < new DateOnly(2020, 7, 2))}, 2020-2026 term {expected.Count(e => e.Date >= new DateOnly(2020, 7, 2))}; amendments in {expected.Count(e => e.Amendments > 0)}; budget tables {expected.Sum(e => e.Tables.Count)}."));

if (!options.Check)
{
    return 0;
}

Console.OutputEncoding = Encoding.UTF8;
var checker = new CorpusChecker();
checker.CheckAll(options.Out, expected);
Console.WriteLine();
checker.Report(Console.Out);
return checker.Passed ? 0 : 1;

/// <summary>The command line: <c>--count N --seed S --out DIR [--check]</c>.</summary>
internal sealed record GeneratorOptions(int Count, int Seed, string Out, bool Check, string? Error)
{
    public const string Usage = "usage: Deliberations.Generator --count N --seed S --out DIR [--check]";

    public static GeneratorOptions Parse(string[] args)
    {
        int? count = null;
        var seed = 42;
        string? output = null;
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--count" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0:
                    count = c;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--check":
                    check = true;
                    break;
                default:
                    return new GeneratorOptions(0, 0, "", false, $"bad or incomplete option: {args[i]}");
            }
        }

        return count is null || output is null
            ? new GeneratorOptions(0, 0, "", false, "--count and --out are required")
            : new GeneratorOptions(count.Value, seed, output, check, null);
    }
}
