using System.Buffers;

namespace Deliberations.Core.Parsing;

/// <summary>Turns a line of the extracts' mixed Markdown/HTML into plain text.</summary>
public static class Markup
{
    /// <summary>Lines longer than this are rare: their plain form is built in a rented buffer rather than on the stack.</summary>
    private const int StackLine = 512;

    /// <summary>
    /// The characters that keep a line from being its own plain form: markup, or a space other than the
    /// plain one. Derived from <see cref="IsSpace"/> so that both can never disagree.
    /// </summary>
    private static readonly char[] NotPlain = [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c is '*' or '_' or '<' || (c != ' ' && IsSpace(c)))];

    // Every line is searched for them, in three sets each searched fast: the ASCII ones, the two of
    // Latin-1 (U+0085, U+00A0), and the range the others span (U+1680 to U+3000), where a hit is
    // checked (it is most often a euro sign). One set of all made a probabilistic map, several times slower.
    private static readonly SearchValues<char> AsciiNotPlain = SearchValues.Create([.. NotPlain.Where(char.IsAscii)]);
    private static readonly SearchValues<char> Latin1NotPlain = SearchValues.Create([.. NotPlain.Where(c => c is > '\u007F' and <= '\u00FF')]);
    private static readonly char HighNotPlainFirst = NotPlain.Where(c => c > '\u00FF').Min();
    private static readonly char HighNotPlainLast = NotPlain.Where(c => c > '\u00FF').Max();

    /// <summary>
    /// Removes emphasis (<c>**</c>, <c>__</c>), HTML tags, heading marks and list bullets' markup,
    /// folds every kind of space into one plain space and trims. Where emphasis glues two words
    /// (<c>2019**Délibération</c>), a space is put back so the words stay apart.
    /// </summary>
    public static string ToPlain(string line) =>
        // Most lines of a register are prose with nothing to remove: no need for a copy.
        IsAlreadyPlain(line) ? line : PlainCopy(line);

    /// <summary>
    /// <see cref="ToPlain(string)"/> of a line kept as a slice of its document when it differs from
    /// the line, null when the line is its own plain form (no string is made for it).
    /// </summary>
    internal static string? PlainOrNull(ReadOnlySpan<char> line) => IsAlreadyPlain(line) ? null : PlainCopy(line);

    private static string PlainCopy(ReadOnlySpan<char> line)
    {
        // Every line of every extract goes through here: the plain form is written into one buffer
        // (it is never longer than the line) and copied once into its string. The buffer is the
        // line's size, not StackLine's: a stack buffer is cleared, and most lines are short.
        char[]? rented = null;
        var buffer = line.Length <= StackLine ? stackalloc char[line.Length] : (rented = ArrayPool<char>.Shared.Rent(line.Length));
        var length = Plain(line, buffer);
        var plain = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return plain;
    }

    private static int Plain(ReadOnlySpan<char> line, Span<char> buffer)
    {
        var n = 0;
        var i = 0;
        // Markdown heading marks only count at the start of a line.
        while (i < line.Length && (line[i] == '#' || line[i] == ' '))
        {
            i++;
        }

        if (i == 0 || !line[..i].Contains('#'))
        {
            i = 0;
        }

        // The '>' that closes a tag, found once and reused: searching again from every '<' made a
        // megabyte line of '<' quadratic (minutes of parsing for one line).
        var nextClose = 0;
        for (; i < line.Length; i++)
        {
            // Between markup and odd spaces, text is copied a run at a time: a list of 150 names
            // has markup only around its label.
            var run = IndexOfNotPlain(line[i..]) is var special and >= 0 ? line.Slice(i, special) : line[i..];
            if (!run.IsEmpty)
            {
                n = CopyRun(run, buffer, n);
                i += run.Length - 1;
                continue;
            }

            var c = line[i];
            if ((c == '*' || c == '_') && i + 1 < line.Length && line[i + 1] == c)
            {
                var next = i + 2 < line.Length ? line[i + 2] : ' ';
                var previous = n > 0 ? buffer[n - 1] : ' ';
                if (!IsSpace(previous) && !IsSpace(next) && char.IsLetterOrDigit(next) && next != c)
                {
                    buffer[n++] = ' ';
                }

                i++;
                continue;
            }

            if (c == '<')
            {
                if (nextClose >= 0 && nextClose <= i)
                {
                    nextClose = line[(i + 1)..].IndexOf('>') is var at and >= 0 ? at + i + 1 : -1;
                }

                var close = nextClose;
                if (close > i && IsTag(line.Slice(i + 1, close - i - 1)))
                {
                    var tag = line.Slice(i + 1, close - i - 1).TrimStart('/');
                    if (tag.StartsWith("br", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("p", StringComparison.OrdinalIgnoreCase))
                    {
                        buffer[n++] = ' ';
                    }

                    i = close;
                    continue;
                }
            }

            if (IsSpace(c))
            {
                if (n > 0 && buffer[n - 1] != ' ')
                {
                    buffer[n++] = ' ';
                }

                continue;
            }

            buffer[n++] = c;
        }

        while (n > 0 && buffer[n - 1] == ' ')
        {
            n--;
        }

        return n;
    }

    /// <summary>
    /// Appends a run of characters that are not markup, whose only spaces are plain ones, folding
    /// each run of spaces into one (none at the start of the plain form).
    /// </summary>
    private static int CopyRun(ReadOnlySpan<char> run, Span<char> buffer, int n)
    {
        if (!run.Contains("  ", StringComparison.Ordinal))
        {
            var copied = run[0] == ' ' && (n == 0 || buffer[n - 1] == ' ') ? run[1..] : run;
            copied.CopyTo(buffer[n..]);
            return n + copied.Length;
        }

        foreach (var c in run)
        {
            if (c != ' ' || (n > 0 && buffer[n - 1] != ' '))
            {
                buffer[n++] = c;
            }
        }

        return n;
    }

    private static bool IsAlreadyPlain(ReadOnlySpan<char> line)
    {
        if (line.Length > 0 && (line[0] is '#' || IsSpace(line[0]) || IsSpace(line[^1])))
        {
            return false;
        }

        return IndexOfNotPlain(line) < 0 && !line.Contains("  ", StringComparison.Ordinal);
    }

    /// <summary>The index of the first character of <see cref="NotPlain"/> in <paramref name="line"/>, or -1.</summary>
    private static int IndexOfNotPlain(ReadOnlySpan<char> line)
    {
        var first = line.IndexOfAny(AsciiNotPlain);
        var before = first < 0 ? line : line[..first];
        if (before.IndexOfAny(Latin1NotPlain) is var latin1 and >= 0)
        {
            first = latin1;
            before = line[..first];
        }

        for (var from = 0; before[from..].IndexOfAnyInRange(HighNotPlainFirst, HighNotPlainLast) is var k and >= 0; from += k + 1)
        {
            if (IsSpace(before[from + k]))
            {
                return from + k;
            }
        }

        return first;
    }

    /// <summary>Any Unicode space: plain, tab, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009)...</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

    private static bool IsTag(ReadOnlySpan<char> inside)
    {
        inside = inside.TrimStart('/');
        if (inside.IsEmpty || !char.IsAsciiLetter(inside[0]))
        {
            return false;
        }

        foreach (var ch in inside)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '=' or '"' or '\'' or '-' or '/' or ':' or '.' or ';' or '#'))
            {
                return false;
            }
        }

        return true;
    }
}
