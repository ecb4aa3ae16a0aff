using System.Text.RegularExpressions;
using Deliberations.Core.Parsing;

namespace Deliberations.Core.Tests.Parsing;

/// <summary><see cref="French.AmountShape"/> must read a cell as the pattern it replaces did.</summary>
public class FrenchAmountShapeTests
{
    private static readonly Regex Pattern = new(@"^(?<int>\d{1,3}(?:[ \u00A0\u202F\u2009.]\d{3})+|\d+)(?:[,.](?<dec>\d{1,2}))?$");

    [Theory]
    [InlineData("26 500")]
    [InlineData("180.000")]
    [InlineData("609 796,07")]
    [InlineData("1.50")]
    [InlineData("1.234.56")]
    [InlineData("1 234.5678")]
    [InlineData("1234,5")]
    [InlineData("12\u00A0000\u202F000,1")]
    [InlineData("1 23")]
    [InlineData("")]
    [InlineData(",5")]
    [InlineData("١٢٣ ٤٥٦")]
    public void Agrees_with_the_pattern(string text) => AssertSame(text);

    [Fact]
    public void Agrees_with_the_pattern_on_random_cells()
    {
        const string alphabet = "0123456789 .,\u00A0\u202F\u2009\u0663a-";
        var random = new Random(20261201);
        var chars = new char[14];
        for (var n = 0; n < 200_000; n++)
        {
            var length = random.Next(chars.Length + 1);
            for (var i = 0; i < length; i++)
            {
                // Mostly digits, so that many cells are amounts.
                chars[i] = random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('0' + random.Next(10));
            }

            AssertSame(new string(chars, 0, length));
        }
    }

    private static void AssertSame(string text)
    {
        var m = Pattern.Match(text);
        var matched = French.AmountShape(text, out var integerLength, out var decimals);
        Assert.True(m.Success == matched, $"« {text} »");
        if (m.Success)
        {
            Assert.Equal(m.Groups["int"].Value, text[..integerLength]);
            Assert.Equal(m.Groups["dec"].Success ? m.Groups["dec"].Value : string.Empty, text.Substring(decimals.Start, decimals.Length));
        }
    }
}
