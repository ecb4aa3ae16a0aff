using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Tests.Features.Shared;

public class FrenchSpacingTests
{
    // Written out so that the expected strings cannot be "fixed" by an editor.
    private const string Nbsp = "\u00A0";
    private const string Thin = "\u202F";

    [Theory]
    [InlineData("Secrétaire élu : M. Michaël Maire", "Secrétaire élu" + Nbsp + ": M." + Nbsp + "Michaël Maire")]
    [InlineData("MM. Kimelfeld et Mme Baume", "MM." + Nbsp + "Kimelfeld et Mme" + Nbsp + "Baume")]
    [InlineData("délibération n° 2019-3853", "délibération n°" + Nbsp + "2019-3853")]
    [InlineData("une subvention de 693 800 € ; voir ci-dessus !", "une subvention de 693" + Nbsp + "800" + Nbsp + "€" + Thin + "; voir ci-dessus" + Thin + "!")]
    [InlineData("le projet « DatAgora » ?", "le projet «" + Nbsp + "DatAgora" + Nbsp + "»" + Thin + "?")]
    [InlineData("12 % des 1 234 567 euros", "12" + Nbsp + "% des 1" + Nbsp + "234" + Nbsp + "567" + Nbsp + "euros")]
    public void Ordinary_spaces_become_the_no_break_ones_french_keeps(string text, string expected)
    {
        Assert.Equal(expected, FrenchSpacing.Apply(text));
    }

    [Theory]
    [InlineData("séance à 10:30")]
    [InlineData("https://example.org/?q=1;2")]
    [InlineData("Ma Mme-Dupont")]
    [InlineData("en 2019, 15 élus")]
    [InlineData("")]
    public void Text_without_such_spaces_is_left_as_it_is(string text)
    {
        Assert.Equal(text, FrenchSpacing.Apply(text));
    }

    [Fact]
    public void An_amount_never_breaks()
    {
        Assert.Equal("693" + Nbsp + "800" + Nbsp + "€", FrenchFormat.Amount(693_800m));
    }

    [Theory]
    [InlineData("Mme", "Mme" + Nbsp + "Émeline" + Nbsp + "Baume")]
    [InlineData(null, "Émeline" + Nbsp + "Baume")]
    public void An_official_s_name_is_one_unbreakable_run_for_readers_and_plain_for_data(string? civility, string display)
    {
        var name = new OfficialName("x", civility, "Émeline", "Baume");

        Assert.Equal(display, name.Display);
        Assert.DoesNotContain('\u00A0', name.Plain);
    }

    [Theory]
    [InlineData(0, "0" + Nbsp + "délibération")]
    [InlineData(1, "1" + Nbsp + "délibération")]
    [InlineData(2, "2" + Nbsp + "délibérations")]
    public void Counts_agree_with_their_noun(int count, string expected)
    {
        Assert.Equal(expected, Plural.Count(count, "délibération", "délibérations"));
    }

    [Theory]
    [InlineData("Mme", "listée")]
    [InlineData("M.", "listé")]
    [InlineData(null, "listé")]
    public void Words_agree_with_the_civility(string? civility, string expected)
    {
        Assert.Equal(expected, Plural.Agreed(civility, "listé", "listée"));
    }
}
