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
        Assert.Equal(expected, NameMatcher.Matches(NameMatcher.Words(query), NameMatcher.Split(name)));
}
