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
}
