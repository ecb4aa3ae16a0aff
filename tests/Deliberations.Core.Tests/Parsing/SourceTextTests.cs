using System.Text;
using Deliberations.Core.Parsing;

namespace Deliberations.Core.Tests.Parsing;

public class SourceTextTests
{
    private const string Sample = "Présents : MM. Képénékian, Sellès\nAffiché le : 7 décembre 2018";

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        var plain = SourceText.FromBytes(Encoding.UTF8.GetBytes(Sample));
        var bom = SourceText.FromBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal("utf-8", plain.EncodingName);
        Assert.Equal("utf-8-bom", bom.EncodingName);
        Assert.Equal(Sample, plain.Text);
        Assert.Equal(Sample, bom.Text);
    }

    [Fact]
    public void Falls_back_to_windows_1252_when_bytes_are_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var source = SourceText.FromBytes(Encoding.GetEncoding(1252).GetBytes(Sample));
        Assert.Equal("windows-1252", source.EncodingName);
        Assert.Equal(Sample, source.Text);
    }

    [Fact]
    public void Reads_utf16_with_bom()
    {
        var source = SourceText.FromBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)]);
        Assert.Equal(Sample, source.Text);
    }

    [Fact]
    public void Normalises_line_ends_and_decomposed_accents()
    {
        var decomposed = Sample.Normalize(NormalizationForm.FormD).Replace("\n", "\r\n", StringComparison.Ordinal);
        var source = SourceText.FromString(decomposed + "\rfin");
        Assert.Equal(Sample + "\nfin", source.Text);
        Assert.Equal(3, source.Lines.Count);
        Assert.Equal(2, source.Lines[1].Number);
    }

    [Theory]
    [InlineData("**Présents** : MM. A")]
    [InlineData("Prose déjà plate, rien à ôter.")]
    [InlineData("  espaces autour  ")]
    [InlineData("")]
    public void A_line_has_the_plain_form_of_the_line_alone(string line)
    {
        var source = SourceText.FromString("avant\n" + line + "\naprès");
        var middle = source.Lines[1];
        Assert.Equal(line, middle.Raw);
        Assert.Equal(Markup.ToPlain(line), middle.Plain);
        Assert.Equal(Markup.ToPlain(line).Length == 0, middle.IsBlank);
        Assert.Equal("avant\n".Length, middle.Start);
    }

    [Fact]
    public void Drops_control_characters_but_keeps_tabs_and_form_feeds()
    {
        var source = SourceText.FromString("a\0b\tc\fd\u0007");
        Assert.Equal("ab\tc\fd", source.Text);
    }

    [Fact]
    public void Survives_binary_junk()
    {
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        var source = SourceText.FromBytes(junk);
        Assert.NotEmpty(source.Lines);
    }

    [Fact]
    public void Characters_taken_as_composed_are_composed_whatever_stands_beside_them()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (!SourceText.IsComposedAnywhere(c) || char.IsSurrogate(c))
            {
                continue;
            }

            foreach (var text in new[] { $"{c}", $"A{c}", $"e{c}", $"{c}{c}", $"{c}e" })
            {
                Assert.True(text.IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4} in « {text} »");
            }
        }
    }

    [Theory]
    [InlineData("Présents : M. Sellès", true)]
    [InlineData("l’association « Anciela » : 26 500 €", true)]
    [InlineData("e\u0301", false)]
    [InlineData("\u2000", false)]
    [InlineData("Ω \u212B", false)]
    [InlineData("\u20D0", false)]
    public void Only_characters_composed_anywhere_skip_the_normalisation_check(string text, bool skipped) =>
        Assert.Equal(skipped, SourceText.IsComposedForSure(text));
}
