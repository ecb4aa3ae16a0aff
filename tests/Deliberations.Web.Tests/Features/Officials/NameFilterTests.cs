using Deliberations.Web.Features.Officials;

namespace Deliberations.Web.Tests.Features.Officials;

public class NameFilterTests
{
    [Theory]
    [InlineData("baume", "Mme", "Baume", null, true)]
    [InlineData("Émeline", "Mme", "Baume", "Émeline", true)]
    [InlineData("emeline baume", "Mme", "Baume", "Émeline", true)]
    [InlineData("baume emeline", "Mme", "Baume", "Émeline", true)]
    [InlineData("ba", "Mme", "Baume", null, true)]
    [InlineData("au", "Mme", "Baume", null, false)] // two letters must start the name
    [InlineData("aum", "Mme", "Baume", null, true)] // three are enough anywhere
    [InlineData("passano", "M.", "Da Passano", null, true)]
    [InlineData("asti-lapperriere", "Mme", "Asti-Lapperrière", null, true)]
    [InlineData("kabelo", "M.", "Kabalo", null, true)] // one slip at six letters
    [InlineData("kbaalo", "M.", "Kabalo", null, true)] // a swap of neighbours is one slip
    [InlineData("kabeli", "M.", "Kabalo", null, false)] // two slips at six letters is another name
    [InlineData("rantonnnett", "M.", "Rantonnet", null, true)] // two slips from eight letters
    [InlineData("bret", "M.", "Brest", null, true)]
    [InlineData("brt", "M.", "Bret", null, false)] // no tolerance under four letters
    [InlineData("mme david", "Mme", "David", null, true)]
    [InlineData("mme david", "M.", "David", null, false)]
    [InlineData("madame david", "Mme", "David", null, true)]
    [InlineData("monsieur david", "M.", "David", null, true)]
    [InlineData("M. David", "Mme", "David", null, false)]
    [InlineData("david", "M.", "Kimelfeld", "David", true)]
    public void Matches_by_words_accents_aside_with_a_slip_forgiven(string query, string? civility, string surname, string? firstName, bool expected)
    {
        var filter = NameFilter.Parse(query);

        Assert.NotNull(filter);
        Assert.Equal(expected, filter.Matches(civility, [surname, firstName]));
    }

    [Fact]
    public void Any_spelling_of_the_official_counts()
    {
        var filter = NameFilter.Parse("Gailliout")!;

        Assert.True(filter.Matches("Mme", ["Gailliot", "Gailliout"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"'<>%_-.")]
    public void A_query_without_letters_filters_nothing(string? query) => Assert.Null(NameFilter.Parse(query));

    [Fact]
    public void A_huge_query_is_cut_before_it_is_compared()
    {
        var filter = NameFilter.Parse("baume " + new string('x', 100_000))!;

        Assert.False(filter.Matches("Mme", ["Baume"]));
    }
}
