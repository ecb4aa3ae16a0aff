using Deliberations.Web.Features.Search;

namespace Deliberations.Web.Tests.Features.Search;

public class NameMatcherTests
{
    [Theory]
    [InlineData("Kimelfed", "David Kimelfeld", true)]
    [InlineData("kimelfeld", "Kimelfeld", true)]
    [InlineData("baume emeline", "Émeline Baume", true)]
    [InlineData("dognin", "Dognin-Sauze", true)]
    [InlineData("Asti Lapperiere", "Asti-Lapperrière", true)]
    [InlineData("Martin", "Marion", false)]
    [InlineData("da", "Da Passano", true)]
    [InlineData("ab", "Abadie", false)]
    [InlineData("", "Kimelfeld", false)]
    [InlineData("Kimelfeld Bernard", "David Kimelfeld", false)]
    public void Forgives_accents_case_and_small_slips(string query, string name, bool expected) =>
        Assert.Equal(expected, Matches(query, name, firstNameUnprinted: false));

    [Theory]
    [InlineData("M. Kabalo", "Kabalo", true)]
    [InlineData("Monsieur KABALO", "Kabalo", true)]
    [InlineData("Mme Baume", "Émeline Baume", true)]
    [InlineData("Madame Émeline Baume", "Émeline Baume", true)]
    [InlineData("Mmes baume", "Émeline Baume", true)]
    [InlineData("MM. Kabaloo", "Kabalo", true)]
    [InlineData("Mme", "Kabalo", false)]
    public void Civilities_are_left_out(string query, string name, bool expected) =>
        Assert.Equal(expected, Matches(query, name, firstNameUnprinted: false));

    [Theory]
    [InlineData("Gérard Collomb", "Collomb", true, true)]
    [InlineData("gerard collomb", "Collomb", true, true)]
    [InlineData("Gérard Collomb", "Collomb", false, false)]
    [InlineData("Gérard Kimelfeld", "David Kimelfeld", false, false)]
    [InlineData("Collomb Gérard", "Collomb", true, false)]
    [InlineData("Gérard Collomb", "Girard", true, false)]
    [InlineData("Gérard", "Collomb", true, false)]
    public void A_first_name_the_registers_do_not_print_may_come_first(string query, string name, bool firstNameUnprinted, bool expected) =>
        Assert.Equal(expected, Matches(query, name, firstNameUnprinted));

    [Fact]
    public void A_match_says_which_word_of_the_name_each_word_typed_is()
    {
        Assert.Equal(["(prénom)", "collomb"], Reading("Gérard Colomb", "Collomb", firstNameUnprinted: true));
        Assert.Equal(["kabalo"], Reading("M. Kabaloo", "Kabalo", firstNameUnprinted: true));
        Assert.Equal(["emeline", "baume"], Reading("Emel baume", "Émeline Baume", firstNameUnprinted: false));
        Assert.Null(Reading("Baume", "Kabalo", firstNameUnprinted: true));
    }

    private static bool Matches(string query, string name, bool firstNameUnprinted) =>
        NameMatcher.Match(NameMatcher.Words(query), NameMatcher.Split(name), firstNameUnprinted) is not null;

    private static List<string>? Reading(string query, string name, bool firstNameUnprinted) =>
        NameMatcher.Match(NameMatcher.Words(query), NameMatcher.Split(name), firstNameUnprinted)?.Select(w => w ?? "(prénom)").ToList();
}
