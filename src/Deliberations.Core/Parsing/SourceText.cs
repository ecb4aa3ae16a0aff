using System.Buffers;
using System.Text;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing;

/// <summary>
/// An extract decoded and cut into numbered lines. Readers work on lines, never on bytes, so every
/// encoding and line-ending quirk is settled here once.
/// </summary>
public sealed class SourceText
{
    /// <summary>
    /// What <see cref="TextCleaner"/> changes: CR and the control characters (<see cref="char.IsControl(char)"/>)
    /// other than LF, tab and form feed. These are the ASCII ones; the others are U+007F to U+009F,
    /// looked for as a range: a set of both was searched through a probabilistic map, for every file.
    /// </summary>
    private static readonly SearchValues<char> AsciiToClean = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i).Where(c => c is not ('\n' or '\t' or '\f'))]);

    static SourceText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private SourceText(string encodingName, (string Text, IReadOnlyList<Diagnostic> Repairs) normalised, IReadOnlyList<Diagnostic>? decoding = null)
    {
        EncodingName = encodingName;
        Text = normalised.Text;
        Repairs = decoding is null ? normalised.Repairs : [.. decoding, .. normalised.Repairs];
        var lines = new List<SourceLine>();
        var start = 0;
        foreach (var raw in Text.Split('\n'))
        {
            lines.Add(new SourceLine(lines.Count + 1, start, raw, Markup.ToPlain(raw)));
            start += raw.Length + 1;
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
        var span = text.AsSpan();
        var clean = !span.ContainsAny(AsciiToClean) && !span.ContainsAnyInRange('\u007F', '\u009F') && !TextCleaner.MayHoldInvalidCharacters(span);
        var (result, repairs) = clean ? (text, []) : TextCleaner.Clean(text);

        // Decomposed accents (e + U+0301) from macOS copies must compare equal to composed ones.
        // The cleaner has removed what normalisation refuses (lone surrogates, noncharacters).
        var composed = IsComposedForSure(result) || result.IsNormalized(NormalizationForm.FormC)
            ? result
            : result.Normalize(NormalizationForm.FormC);
        return (composed, repairs);
    }

    /// <summary>
    /// True when every character is one that is in composed form whatever surrounds it: below U+0300,
    /// or in the punctuation and currency blocks (’ « » € …) that nearly every register uses, so the
    /// check through ICU (a good part of decoding a file) is only made for the others.
    /// </summary>
    internal static bool IsComposedForSure(ReadOnlySpan<char> text)
    {
        while (text.IndexOfAnyInRange('\u0300', '\uFFFF') is var i and >= 0)
        {
            if (!IsComposedAnywhere(text[i]))
            {
                return false;
            }

            text = text[(i + 1)..];
        }

        return true;
    }

    /// <summary>General punctuation but U+2000 and U+2001 (they decompose to U+2002 and U+2003), and the currency signs.</summary>
    internal static bool IsComposedAnywhere(char c) => c is < '\u0300' or (>= '\u2002' and <= '\u206F') or (>= '\u20A0' and <= '\u20CF');
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
