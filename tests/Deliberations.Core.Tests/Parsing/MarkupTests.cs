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
    public void Plain_text_drops_markup_and_folds_spaces(string raw, string plain) => Assert.Equal(plain, Markup.ToPlain(raw));

    [Theory]
    [InlineData("**Présents** : MM. A")]
    [InlineData("Prose déjà plate, rien à ôter.")]
    [InlineData("  espaces autour  ")]
    [InlineData("")]
    public void A_slice_of_a_text_has_the_plain_form_of_the_line_alone(string line)
    {
        var text = "avant\n" + line + "\naprès";
        Assert.Equal(Markup.ToPlain(line), Markup.ToPlain(text, 6, line.Length));
    }

    [Fact]
    public void A_plain_line_that_is_the_whole_text_is_not_copied()
    {
        var text = "Prose déjà plate.";
        Assert.Same(text, Markup.ToPlain(text, 0, text.Length));
    }
}
