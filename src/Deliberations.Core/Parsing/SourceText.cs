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

    /// <summary>
    /// The plain forms of the lines that are their own plain form, made when a reader first asks for
    /// one as a string: most of those lines (the report's prose) are only ever looked at as spans.
    /// </summary>
    private readonly string?[] _plainCopies;

    private SourceText(string encodingName, (string Text, IReadOnlyList<Diagnostic> Repairs) normalised, IReadOnlyList<Diagnostic>? decoding = null)
    {
        EncodingName = encodingName;
        var text = normalised.Text;
        Text = text;
        Repairs = decoding is null ? normalised.Repairs : [.. decoding, .. normalised.Repairs];
        // Lines are slices of the text: a string per line is made only for a plain form that differs.
        var lines = new SourceLine[text.AsSpan().Count('\n') + 1];
        _plainCopies = new string?[lines.Length];
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            lines[i] = new SourceLine(this, i + 1, start, length, Markup.PlainOrNull(text.AsSpan(start, length)));
            start += length + 1;
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

    /// <summary>The plain form of a line that is its own (see <see cref="SourceLine.Plain"/>), made once.</summary>
    internal string PlainCopy(int index, int start, int length) =>
        _plainCopies[index] ??= length == Text.Length ? Text : Text.Substring(start, length);

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
public readonly struct SourceLine
{
    private readonly SourceText _source;
    private readonly int _start;
    private readonly int _length;

    /// <summary>The plain form when it differs from the line as printed; null when the line is its own plain form.</summary>
    private readonly string? _plain;

    internal SourceLine(SourceText source, int number, int start, int length, string? plain)
    {
        _source = source;
        Number = number;
        _start = start;
        _length = length;
        _plain = plain;
    }

    /// <summary>1-based line number in the normalised text.</summary>
    public int Number { get; }

    /// <summary>Where the line starts in <see cref="SourceText.Text"/>.</summary>
    internal int Start => _start;

    /// <summary>The line as printed, markup kept: a slice of <see cref="SourceText.Text"/>.</summary>
    public ReadOnlySpan<char> Raw => _source.Text.AsSpan(_start, _length);

    /// <summary>Markup removed, spaces (including non-breaking ones) collapsed, trimmed.</summary>
    public string Plain => _plain ?? _source.PlainCopy(Number - 1, _start, _length);

    /// <summary><see cref="Plain"/> without making a string of it: for the readers that only look.</summary>
    public ReadOnlySpan<char> PlainSpan => _plain is null ? Raw : _plain;

    public bool IsBlank => (_plain?.Length ?? _length) == 0;
}
