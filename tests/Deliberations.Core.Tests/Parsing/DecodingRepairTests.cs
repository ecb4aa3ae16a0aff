using System.Text;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing;

namespace Deliberations.Core.Tests.Parsing;

/// <summary>Bytes nobody planned: each becomes a diagnostic and a readable text, never an exception.</summary>
public sealed class DecodingRepairTests
{
    private static readonly byte[] Accented = Encoding.UTF8.GetBytes("Délibération n° 2021-0420\nobjet : Aménagement de la Part-Dieu, à Lyon\n");

    public static TheoryData<string, byte[]> BadSequences() => new()
    {
        { "overlong slash", [0xC0, 0xAF] },
        { "encoded surrogate", [0xED, 0xA0, 0x80] },
        { "lone continuation byte", [0x80] },
        { "truncated sequence", [0xE2, 0x82] },
        { "byte never in UTF-8", [0xFF] },
    };

    [Theory]
    [MemberData(nameof(BadSequences))]
    public void A_UTF8_file_with_a_bad_sequence_stays_UTF8_with_it_replaced(string what, byte[] bad)
    {
        byte[] bytes = [.. Accented, .. Encoding.ASCII.GetBytes("ligne trois "), .. bad, .. Accented];

        var source = SourceText.FromBytes(bytes);

        Assert.True(source.EncodingName == "utf-8", $"{what}: read as {source.EncodingName}");
        Assert.Contains("Délibération n° 2021-0420", source.Text, StringComparison.Ordinal);
        Assert.Contains("ligne trois \uFFFD", source.Text, StringComparison.Ordinal);
        var repair = Assert.Single(source.Repairs);
        Assert.Equal(("invalid-utf8", 3, Severity.Warning), (repair.Code, repair.Line, repair.Severity));
    }

    [Fact]
    public void A_Windows_1252_file_is_still_read_as_Windows_1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("Délibération n° 2021-0420\nobjet : Aménagement à Lyon, coût 12 000 €\n");

        var source = SourceText.FromBytes(bytes);

        Assert.Equal("windows-1252", source.EncodingName);
        Assert.Contains("Aménagement à Lyon, coût 12 000 €", source.Text, StringComparison.Ordinal);
        Assert.Empty(source.Repairs);
    }

    [Fact]
    public void A_byte_order_mark_keeps_a_file_UTF8_whatever_follows()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes("objet : "), 0xE9, 0xE9, 0xE9];

        var source = SourceText.FromBytes(bytes);

        Assert.Equal("utf-8-bom", source.EncodingName);
        Assert.Equal("objet : \uFFFD\uFFFD\uFFFD", source.Text);
        var repair = Assert.Single(source.Repairs);
        Assert.Equal("invalid-utf8", repair.Code);
        Assert.StartsWith("3 séquences", repair.Message, StringComparison.Ordinal);
    }

    /// <summary>As UTF-16 code units: xunit would replace a lone surrogate in a string argument before the test sees it.</summary>
    public static TheoryData<string, int[]> ForbiddenCharacters() => new()
    {
        { "noncharacter U+FFFE", [0xFFFE] },
        { "noncharacter U+FFFF", [0xFFFF] },
        { "noncharacter U+FDD0", [0xFDD0] },
        { "noncharacter U+1FFFE", [0xD83F, 0xDFFE] },
        { "lone high surrogate", [0xD800] },
        { "lone low surrogate", [0xDC00] },
        { "surrogates reversed", [0xDC00, 0xD800] },
    };

    [Theory]
    [MemberData(nameof(ForbiddenCharacters))]
    public void A_character_Unicode_forbids_is_replaced_and_reported(string what, int[] units)
    {
        var forbidden = new string([.. units.Select(u => (char)u)]);
        var text = $"Délibération n° 2021-0420\nobjet : Aménagement{forbidden} à Lyon\n";

        var source = SourceText.FromString(text);

        Assert.False(source.Text.Contains(forbidden, StringComparison.Ordinal), what);
        Assert.Contains("Aménagement\uFFFD", source.Text, StringComparison.Ordinal);
        var repair = Assert.Single(source.Repairs);
        Assert.Equal(("invalid-characters", 2), (repair.Code, repair.Line));
        Assert.Contains(units.Length == 2 && char.IsLowSurrogate((char)units[0]) ? "2 caractères" : "Un caractère", repair.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bytes_of_U_FFFE_in_a_file_are_parsed_with_a_diagnostic()
    {
        byte[] bytes = [.. Accented, 0xEF, 0xBF, 0xBE, .. Accented];

        var extract = ExtractParser.Parse(bytes);

        Assert.Equal("2021-0420", extract.Header.Number);
        Assert.Contains(extract.Diagnostics, d => d.Code == "invalid-characters" && d.Line == 3);
    }

    [Fact]
    public void An_emoji_is_valid_text_and_kept()
    {
        var source = SourceText.FromString("objet : fête \U0001F389\n");

        Assert.Contains("\U0001F389", source.Text, StringComparison.Ordinal);
        Assert.Empty(source.Repairs);
    }

    [Fact]
    public void NUL_and_other_controls_are_dropped_and_counted()
    {
        var source = SourceText.FromString("objet\0 : a\u0001b\r\nsuite\u0085\n");

        Assert.Equal("objet : ab\nsuite\n", source.Text);
        var repair = Assert.Single(source.Repairs);
        Assert.Equal(("control-characters", 1, Severity.Info), (repair.Code, repair.Line, repair.Severity));
        Assert.StartsWith("3 caractères", repair.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_single_UTF16_code_unit_decodes_without_throwing()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var source = SourceText.FromString($"a{(char)c}\u0301b");
            Assert.True(source.Text.IsNormalized(NormalizationForm.FormC), $"U+{c:X4}");
        }
    }
}
