using Deliberations.Web.Features.Search;

namespace Deliberations.Web.Tests.Features.Search;

public class TypedQueryTests
{
    [Theory]
    [InlineData("M. Kabalo", "Kabalo")]
    [InlineData("Mme Baume", "Baume")]
    [InlineData("MM. Kabalo et Collomb", "Kabalo et Collomb")]
    [InlineData("Mmes  Baume", "Baume")]
    [InlineData("Monsieur le Président", "le Président")]
    [InlineData("madame baume", "baume")]
    [InlineData("Mme", "Mme")]
    [InlineData("M. Mme", "M. Mme")]
    [InlineData("subvention", "subvention")]
    [InlineData("Mmeline", "Mmeline")]
    public void Civilities_go_unless_nothing_else_is_left(string typed, string expected) =>
        Assert.Equal(expected, TypedQuery.WithoutCivilities(typed));

    [Fact]
    public void A_slip_in_a_name_is_searched_as_the_names_spelling()
    {
        var words = NameMatcher.Words("Kabaloo");

        Assert.Equal("kabalo", TypedQuery.AsNamed(words, [["kabalo"], ["kabalo"]]));
    }

    [Fact]
    public void A_first_name_the_registers_do_not_print_is_left_out()
    {
        var words = NameMatcher.Words("Gérard Collomb");

        Assert.Equal("collomb", TypedQuery.AsNamed(words, [[null, "collomb"]]));
    }

    [Fact]
    public void Officials_who_read_a_word_differently_leave_it_as_typed()
    {
        var words = NameMatcher.Words("Martine Dupon");

        Assert.Equal("martine dupont", TypedQuery.AsNamed(words, [["martine", "dupont"], ["martin", "dupont"]]));
    }

    [Fact]
    public void Nothing_to_read_otherwise_gives_no_fallback()
    {
        Assert.Null(TypedQuery.AsNamed(NameMatcher.Words("Kabalo"), [["kabalo"]]));
        Assert.Null(TypedQuery.AsNamed(NameMatcher.Words("Kabaloo"), []));
    }
}
