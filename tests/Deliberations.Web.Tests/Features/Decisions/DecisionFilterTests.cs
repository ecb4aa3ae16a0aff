using Deliberations.Web.Features.Decisions;

namespace Deliberations.Web.Tests.Features.Decisions;

public class DecisionFilterTests
{
    [Theory]
    [InlineData("2019", 2019)]
    [InlineData(" 2019", null)]
    [InlineData("abc", null)]
    [InlineData("-2019", null)]
    [InlineData("+2019", null)]
    [InlineData("2019.0", null)]
    [InlineData("１２３４", null)]
    [InlineData("99999999999999999999", null)]
    [InlineData("1899", null)]
    [InlineData("3000", null)]
    [InlineData(null, null)]
    public void Year_is_kept_only_when_it_is_a_plain_plausible_year(string? value, int? expected) =>
        Assert.Equal(expected, DecisionFilter.Parse(value, null, null, null, null).Year);

    [Theory]
    [InlineData("2", 2)]
    [InlineData("1", 1)]
    [InlineData("0", 1)]
    [InlineData("-5", 1)]
    [InlineData("abc", 1)]
    [InlineData("99999999999999999999", 1)]
    [InlineData(null, 1)]
    public void Page_is_at_least_one(string? value, int expected) =>
        Assert.Equal(expected, DecisionFilter.Parse(null, null, null, null, value).Page);

    [Fact]
    public void Blank_or_overlong_text_values_are_dropped()
    {
        var filter = DecisionFilter.Parse(null, "  ", new string('x', DecisionFilter.MaxValueLength + 1), " mme-baume-2020 ", null);

        Assert.Null(filter.Body);
        Assert.Null(filter.Commission);
        Assert.Equal("mme-baume-2020", filter.Rapporteur);
    }

    [Fact]
    public void Query_string_encodes_values_and_leaves_out_page_one()
    {
        var filter = new DecisionFilter(2019, "Commission permanente", "a&b=c", null);

        Assert.Equal("?year=2019&body=Commission%20permanente&commission=a%26b%3Dc", filter.ToQuery());
        Assert.Equal("?year=2019&body=Commission%20permanente&commission=a%26b%3Dc&page=3", filter.ToQuery(3));
        Assert.Equal("", new DecisionFilter(null, null, null, null).ToQuery());
    }
}
