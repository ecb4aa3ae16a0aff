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
}
