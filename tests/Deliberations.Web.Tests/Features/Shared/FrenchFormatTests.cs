using System.Globalization;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Tests.Features.Shared;

public class FrenchFormatTests
{
    // U+00A0 written out so that the expected strings cannot be "fixed" by an editor.
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData("26500", "26" + Nbsp + "500" + Nbsp + "€")]
    [InlineData("0", "0" + Nbsp + "€")]
    [InlineData("999", "999" + Nbsp + "€")]
    [InlineData("1234.5", "1" + Nbsp + "234,50" + Nbsp + "€")]
    [InlineData("1234567890.12", "1" + Nbsp + "234" + Nbsp + "567" + Nbsp + "890,12" + Nbsp + "€")]
    [InlineData("-4000", "-4" + Nbsp + "000" + Nbsp + "€")]
    [InlineData("12.345", "12,35" + Nbsp + "€")]
    public void Amounts_are_grouped_with_no_break_spaces(string value, string expected)
    {
        Assert.Equal(expected, FrenchFormat.Amount(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Amounts_never_use_the_narrow_no_break_space_nor_a_breaking_space()
    {
        var amount = FrenchFormat.Amount(123456789.5m);

        Assert.DoesNotContain('\u202F', amount);
        Assert.DoesNotContain(' ', amount);
    }

    [Theory]
    [InlineData("1234", "1" + Nbsp + "234")]
    [InlineData("12.5", "12,5")]
    [InlineData("0.125", "0,13")]
    public void Numbers_use_the_french_separators(string value, string expected)
    {
        Assert.Equal(expected, FrenchFormat.Number(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Numbers_can_be_rounded_to_units()
    {
        Assert.Equal("1" + Nbsp + "235", FrenchFormat.Number(1234.5m, maxDecimals: 0));
    }

    [Theory]
    [InlineData("93.5", "93,5" + Nbsp + "%")]
    [InlineData("100", "100" + Nbsp + "%")]
    [InlineData("33.333", "33,3" + Nbsp + "%")]
    [InlineData("0.05", "0,1" + Nbsp + "%")]
    public void Percentages_are_written_out_of_100(string value, string expected)
    {
        Assert.Equal(expected, FrenchFormat.Percent(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2021, 12, 13, "13 décembre 2021")]
    [InlineData(2022, 2, 7, "7 février 2022")]
    [InlineData(2023, 8, 31, "31 août 2023")]
    [InlineData(2020, 7, 1, "1er juillet 2020")]
    public void Dates_are_written_in_full_in_french(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, FrenchFormat.Date(new DateOnly(year, month, day)));
        Assert.Equal(expected, FrenchFormat.Date(new DateTime(year, month, day, 18, 30, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void Formatting_does_not_depend_on_the_thread_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal("26" + Nbsp + "500" + Nbsp + "€", FrenchFormat.Amount(26500m));
            Assert.Equal("13 décembre 2021", FrenchFormat.Date(new DateOnly(2021, 12, 13)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_site_culture_is_french_with_no_break_space_groups_and_cannot_be_changed()
    {
        var culture = FrenchFormat.Culture;

        Assert.Equal("fr-FR", culture.Name);
        Assert.True(culture.NumberFormat.IsReadOnly);
        Assert.Equal(Nbsp, culture.NumberFormat.NumberGroupSeparator);
        Assert.Equal("26" + Nbsp + "500", 26500.ToString("N0", culture));
    }
}
