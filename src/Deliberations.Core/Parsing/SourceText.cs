using System.Text;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing;

/// <summary>
/// An extract decoded and cut into numbered lines. Readers work on lines, never on bytes, so every
/// encoding and line-ending quirk is settled here once.
/// </summary>
public sealed class SourceText
{
    static SourceText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private SourceText(string encodingName, (string Text, IReadOnlyList<Diagnostic> Repairs) normalised, IReadOnlyList<Diagnostic>? decoding = null)
    {
        EncodingName = encodingName;
        Text = normalised.Text;
        Repairs = decoding is null ? normalised.Repairs : [.. decoding, .. normalised.Repairs];
        var raws = Text.Split('\n');
        var lines = new SourceLine[raws.Length];
        var start = 0;
        for (var i = 0; i < raws.Length; i++)
        {
            lines[i] = new SourceLine(i + 1, start, raws[i], Markup.ToPlain(raws[i]));
            start += raws[i].Length + 1;
        }

        Lines = lines;
    }

    /// <summary>"utf-8", "utf-8-bom", "utf-16" or "windows-1252".</summary>
    public string EncodingName { get; }

    /// <summary>The normalised text: NFC, LF line ends, no NUL or other control characters but tab and form feed.</summary>
    public string Text { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>What decoding and normalising had to replace or drop, for the parser to report: nothing is changed silently.</summary>
    public IReadOnlyList<Diagnostic> Repairs { get; }

    public static SourceText FromString(string text) => new("utf-16", Normalise(text));

    /// <summary>
    /// Decodes bytes the way council files arrive: UTF-8 with or without BOM, UTF-16 with BOM,
    /// otherwise Windows-1252 (the encoding of French office software when UTF-8 fails).
    /// </summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var withBom = Utf8Decoding.Decode(bytes[3..], knownUtf8: true);
            return new("utf-8-bom", Normalise(withBom.Text), withBom.Repairs);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new("utf-16le", Normalise(Encoding.Unicode.GetString(bytes[2..])));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new("utf-16be", Normalise(Encoding.BigEndianUnicode.GetString(bytes[2..])));
        }

        var utf8 = Utf8Decoding.Decode(bytes);
        if (utf8.IsUtf8)
        {
            return new("utf-8", Normalise(utf8.Text), utf8.Repairs);
        }

        return new("windows-1252", Normalise(Encoding.GetEncoding(1252).GetString(bytes)));
    }

    private static (string Text, IReadOnlyList<Diagnostic> Repairs) Normalise(string text)
    {
        var (cleaned, repairs) = TextCleaner.Clean(text);

        // Decomposed accents (e + U+0301) from macOS copies must compare equal to composed ones.
        // The cleaner has removed what normalisation refuses (lone surrogates, noncharacters).
        return (cleaned.Normalize(NormalizationForm.FormC), repairs);
    }
}

/// <summary>One line of an extract.</summary>
/// <param name="Number">1-based line number in the normalised text.</param>
/// <param name="Start">Where the line starts in <see cref="SourceText.Text"/>.</param>
/// <param name="Raw">The line as printed, markup kept.</param>
/// <param name="Plain">Markup removed, spaces (including non-breaking ones) collapsed, trimmed: <see cref="Markup.ToPlain"/>.</param>
public readonly record struct SourceLine(int Number, int Start, string Raw, string Plain)
{
    public bool IsBlank => Plain.Length == 0;
}
