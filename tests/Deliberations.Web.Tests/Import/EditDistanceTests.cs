using Deliberations.Web.Text;

namespace Deliberations.Web.Tests.Import;

public class EditDistanceTests
{
    [Theory]
    [InlineData("rantonnet", "rantonnnet", 1)]
    [InlineData("gailliot", "gailliout", 1)]
    [InlineData("guillard", "guiland", 2)]
    [InlineData("martin", "marion", 2)]
    [InlineData("barla", "barral", 2)]
    [InlineData("moroge", "morgoe", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kimelfeld", "kimelfeld", 0)]
    public void Counts_the_slips_between_two_names(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b, 5));
        Assert.Equal(expected, EditDistance.Compute(b, a, 5));
    }

    [Fact]
    public void Stops_past_the_limit() => Assert.Equal(2, EditDistance.Compute("blein", "butin", 1));

    [Fact]
    public void Agrees_with_the_full_table_on_random_words_within_every_limit()
    {
        // Words from a small alphabet, so that near and far pairs both come up often.
        var random = new Random(7);
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => "aeilnorstuéx"[random.Next(12)])]);
        for (var i = 0; i < 20_000; i++)
        {
            var (a, b) = (Word(), Word());
            var exact = Reference(a, b);
            for (var max = 0; max <= 3; max++)
            {
                var computed = EditDistance.Compute(a, b, max);
                Assert.True(exact <= max ? computed == exact : computed > max, $"{a} / {b}, max {max}: {computed}, exact {exact}");
            }
        }
    }

    [Theory]
    [InlineData("kimelfed", "kimelfeld")]
    [InlineData("moroge", "morgoe")]
    [InlineData("abcdef", "uvwxyz")]
    public void The_letters_apart_never_exceed_twice_the_distance(string a, string b) =>
        Assert.True(EditDistance.LettersApart(a, b) <= 2 * Reference(a, b));

    /// <summary>The optimal string alignment distance by its whole table, without any shortcut.</summary>
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
