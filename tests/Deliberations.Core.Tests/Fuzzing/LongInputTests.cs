using System.Diagnostics;
using System.Text;
using Deliberations.Core.Parsing;

namespace Deliberations.Core.Tests.Fuzzing;

/// <summary>
/// Inputs whose size made a scanner quadratic. Each parses in well under a second once linear; the
/// bound is loose so a busy machine never fails it, but a quadratic scan (a minute and more) does.
/// </summary>
public class LongInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("<")]
    [InlineData("<b")]
    [InlineData("</")]
    public void A_megabyte_line_of_unclosed_tags_parses_in_linear_time(string unit)
    {
        var seed = File.ReadAllText(Repo.SeedFiles().First());
        var line = new StringBuilder().Insert(0, unit, (1 << 20) / unit.Length).ToString();

        var clock = Stopwatch.StartNew();
        var parsed = ExtractParser.Parse(line + "\n" + seed);

        Assert.True(clock.Elapsed < Bound, $"{clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(ExtractParser.Parse(seed).Header.Number, parsed.Header.Number);
    }

    [Fact]
    public void An_attendance_list_wrapped_over_a_hundred_thousand_lines_parses_in_linear_time()
    {
        var names = string.Join(",\n", Enumerable.Range(0, 100_000).Select(i => "M. " + Letters(i)));
        var text = $"Conseil du 5 novembre 2018\n\nPrésents : {names}.\n\nLe Conseil,";

        var clock = Stopwatch.StartNew();
        var parsed = ExtractParser.Parse(text);

        Assert.True(clock.Elapsed < Bound, $"{clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(100_000, parsed.Attendance.Present.Count);
        Assert.Equal(3 + 99_999, parsed.Attendance.Present[^1].Line);
    }

    [Fact]
    public void Minutes_with_a_list_of_a_hundred_thousand_names_on_one_line_parse_in_linear_time()
    {
        var names = string.Join(", ", Enumerable.Range(0, 100_000).Select(i => "M. " + Letters(i)));
        var text = $"PROCES VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL\nÉtaient présents : {names}.\n\n2013.02.04 - 1 ADOPTION";

        var clock = Stopwatch.StartNew();
        var parsed = ExtractParser.Parse(text);

        Assert.True(clock.Elapsed < Bound, $"{clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(100_000, parsed.Attendance.Present.Count);
    }

    [Fact]
    public void Minutes_with_fifty_thousand_items_parse_in_linear_time()
    {
        var items = string.Join("\n", Enumerable.Range(0, 50_000).Select(i => $"2013.02.04 - {i % 1000} POINT {Letters(i)}\nmontant de 12 €"));
        var text = $"PROCES VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL\nÉtaient présents : M. DUPONT.\n{items}";

        var clock = Stopwatch.StartNew();
        var parsed = ExtractParser.Parse(text);

        Assert.True(clock.Elapsed < Bound, $"{clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(1000, parsed.Items.Count);
    }

    /// <summary>A distinct name for each number: digits are not name-shaped, so base 26 in letters.</summary>
    private static string Letters(int n)
    {
        var sb = new StringBuilder("Nom");
        do
        {
            sb.Append((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);

        return sb.ToString();
    }
}
