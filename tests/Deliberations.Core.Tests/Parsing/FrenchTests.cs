using Deliberations.Core.Parsing;

namespace Deliberations.Core.Tests.Parsing;

public class FrenchTests
{
    [Theory]
    [InlineData("jeudi 4 janvier 2018", "2018-01-04")]
    [InlineData("Conseil du 1er mars 2019", "2019-03-01")]
    [InlineData("le 16 fevrier 2020", "2020-02-16")]
    [InlineData("13 DÉCEMBRE 2021", "2021-12-13")]
    [InlineData("affiché le 15.03.2006", "2006-03-15")]
    [InlineData("reçu le 16/01/2018", "2018-01-16")]
    public void Finds_dates_in_french_text(string text, string iso) => Assert.Equal(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), French.FindDate(text));

    [Theory]
    [InlineData("31 février 2019")]
    [InlineData("pas de date ici")]
    [InlineData("")]
    public void Rejects_impossible_or_absent_dates(string text) => Assert.Null(French.FindDate(text));

    [Theory]
    [InlineData("26 500", 26500)]
    [InlineData("902 000 €", 902000)]
    [InlineData("26\u00A0500", 26500)]
    [InlineData("26\u202F500\u00A0€", 26500)]
    [InlineData("180.000", 180000)]
    [InlineData("609 796,07", 609796.07)]
    [InlineData("1 146 051 €", 1146051)]
    [InlineData("35 000 € TTC", 35000)]
    [InlineData("12 000HT", 12000)]
    [InlineData("12 000 €HT", 12000)]
    [InlineData("4 500,50\u00A0€ HT", 4500.50)]
    [InlineData("0", 0)]
    [InlineData("1.234.56", 1234.56)]
    [InlineData("1.50", 1.5)]
    [InlineData("1234,5", 1234.5)]
    public void Parses_french_amounts(string text, double expected) => Assert.Equal((decimal)expected, French.ParseAmount(text));

    [Theory]
    [InlineData("location espaces")]
    [InlineData("12 34")]
    [InlineData("")]
    [InlineData("HT")]
    [InlineData("TTC")]
    [InlineData("1 234.5678")]
    [InlineData("\u0661\u0662\u0663")]
    public void Rejects_what_is_not_an_amount(string text) => Assert.Null(French.ParseAmount(text));

    [Fact]
    public void Finds_euro_amounts_in_a_sentence()
    {
        var found = French.FindEuroAmounts("Le coût total est de 170 000 € TTC. Une participation de 35 000 € sera versée.").Select(a => a.Amount);
        Assert.Equal([170000m, 35000m], found);
    }

    [Theory]
    [InlineData("MM.", "M.")]
    [InlineData("Mmes", "Mme")]
    [InlineData("Monsieur", "M.")]
    [InlineData("Madame", "Mme")]
    [InlineData("MME", "Mme")]
    [InlineData("Docteur", null)]
    public void Maps_civilities(string word, string? civility) => Assert.Equal(civility, French.Civility(word));

    [Fact]
    public void Folding_agrees_with_unicode_decomposition_for_every_latin_letter()
    {
        for (var c = ' '; c < '\u0250'; c++)
        {
            var text = $"Ab{c}z";
            Assert.Equal(Reference(text), French.Fold(text));
        }

        Assert.Equal("deliberation", French.Fold("De\u0301libe\u0301ration"));

        static string Reference(string s) => new string([.. s.Normalize(System.Text.NormalizationForm.FormD)
            .Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(char.ToLowerInvariant)]);
    }
}
