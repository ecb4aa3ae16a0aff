using Deliberations.Core.Parsing;

namespace Deliberations.Core.Tests.Parsing;

public class MarkupTests
{
    [Theory]
    [InlineData("**Présents** : MM. A", "Présents : MM. A")]
    [InlineData("Conseil du 18 mars 2019**Délibération n° 2019-3364**", "Conseil du 18 mars 2019 Délibération n° 2019-3364")]
    [InlineData("**Conseil du 4 novembre 2019****Délibération n° 2019-3853**", "Conseil du 4 novembre 2019 Délibération n° 2019-3853")]
    [InlineData("#### DELIBERE", "DELIBERE")]
    [InlineData("du 14<sup>ème</sup> forum", "du 14ème forum")]
    [InlineData("<b>Total</b>", "Total")]
    [InlineData("26\u00A0500\u202F€  ", "26 500 €")]
    [InlineData("a < b et c > d", "a < b et c > d")]
    [InlineData("C# et #1", "C# et #1")]
    [InlineData("  Passerelle emploi ", "Passerelle emploi")]
    [InlineData("**Présents** :  M. A,  Mme B ", "Présents : M. A, Mme B")]
    [InlineData("a **b** c  d", "a b c d")]
    public void Plain_text_drops_markup_and_folds_spaces(string raw, string plain) => Assert.Equal(plain, Markup.ToPlain(raw));

    [Fact]
    public void Every_character_but_an_odd_space_is_kept_when_it_makes_no_markup()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var line = $"ab{c}cd";
            var kept = c == ' ' || !Markup.IsSpace(c);
            Assert.True(kept == (Markup.ToPlain(line) == line), $"U+{(int)c:X4}");
        }
    }
}
