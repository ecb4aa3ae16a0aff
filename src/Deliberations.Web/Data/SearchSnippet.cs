using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Deliberations.Core.Parsing;

namespace Deliberations.Web.Data;

/// <summary>The words to mark in a text, folded: whole words, and a last one that may begin a longer word (the word being typed).</summary>
public sealed record HighlightTerms(IReadOnlyList<string> Words, string Prefix);

/// <summary>
/// The passage of a decision's text where the words searched for stand together, HTML-encoded
/// with <c>&lt;mark&gt;</c> around them. Built here rather than by FTS5's <c>snippet()</c>, which
/// tokenizes every column of every hit twice: for twenty reports of 8 KB that was most of a search's
/// cost. Words are runs of letters and digits, as FTS5's unicode61 tokenizer cuts them.
/// The text is read as SQLite stores it, UTF-8, and decoded, folded and searched a slice at a time,
/// only as far as the passage needs: a report usually holds the words searched for in its first
/// pages, and decoding and folding whole reports was a third of the cost of FTS5 and the passages.
/// </summary>
public static class SearchSnippet
{
    /// <summary>Words shown, as FTS5's <c>snippet()</c> was asked for.</summary>
    public const int Length = 24;

    /// <summary>Words shown before the passage's first match, so it reads in context.</summary>
    private const int Lead = 3;

    /// <summary>About <see cref="Length"/> words of French, in characters: the reach of one passage.</summary>
    private const int PassageChars = 150;

    /// <summary>Matches weighed per term when choosing the passage: enough for any real text, bounded for hostile ones.</summary>
    private const int MaxMatchesPerTerm = 64;

    /// <summary>Bytes of text decoded first; each further slice doubles what was decoded.</summary>
    private const int FirstSlice = 2048;

    /// <summary>
    /// <see cref="French.Fold"/> of every UTF-16 unit, computed once: folding a report through it
    /// cost 60-90 µs, as much as FTS5's snippet; a lookup per character costs a tenth. A unit whose
    /// fold is not one character (none in French) is only lower-cased, so positions never move.
    /// </summary>
    private static readonly char[] Fold = BuildFoldTable();

    /// <summary>Encodes markup and leaves French letters as they are: the page is UTF-8.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The passage of <paramref name="utf8"/>, a text in UTF-8 (invalid bytes read as U+FFFD), for <paramref name="terms"/>.</summary>
    public static string Build(ReadOnlySpan<byte> utf8, HighlightTerms terms)
    {
        // Scratch for the decoded and folded text: UTF-16 never takes more units than UTF-8 takes bytes.
        var text = ArrayPool<char>.Shared.Rent(utf8.Length);
        var folded = ArrayPool<char>.Shared.Rent(utf8.Length);
        var count = terms.Words.Count + 1;
        Span<int> state = count <= 32 ? stackalloc int[2 * count] : new int[2 * count];
        try
        {
            var scan = new Scan(utf8, text, folded, terms, state[..count], state[count..]);
            var first = scan.PassageStart();
            return Render(ref scan, first);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>
    /// <see cref="Fold"/> of each unit of <paramref name="text"/>. Reports are mostly ASCII, whose
    /// fold is its lower case: runs of it are lowered with vector instructions, the table is looked
    /// up only for the others (a character-by-character lookup was a fifth of a search's passages).
    /// </summary>
    internal static void FoldInto(ReadOnlySpan<char> text, Span<char> folded)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (Ascii.ToLower(text[i..], folded[i..], out var lowered) == OperationStatus.Done)
            {
                return;
            }

            i += lowered;
            folded[i] = Fold[text[i]];
            i++;
        }
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            // Only letters fold; a lone surrogate or an unassigned unit could not even be normalised.
            var one = (char)c;
            table[c] = char.IsLetter(one) && French.Fold(one.ToString()) is { Length: 1 } folded ? folded[0] : char.ToLowerInvariant(one);
        }

        return table;
    }

    /// <summary>The runs of letters and digits of <paramref name="text"/>.</summary>
    public static IEnumerable<Word> Words(string text)
    {
        var i = 0;
        while (NextWord(text, ref i) is { } word)
        {
            yield return word;
        }
    }

    /// <summary>The run of letters and digits at or after <paramref name="i"/>, which ends past it; null at the end of <paramref name="text"/>.</summary>
    private static Word? NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > start ? new Word(start, i - start) : null;
    }

    /// <summary>The start of the word <see cref="Lead"/> words before <paramref name="position"/>.</summary>
    private static int StartBefore(ReadOnlySpan<char> text, int position)
    {
        var start = position;
        for (var word = 0; word < Lead; word++)
        {
            var i = start - 1;
            while (i >= 0 && !char.IsLetterOrDigit(text[i]))
            {
                i--;
            }

            while (i >= 0 && char.IsLetterOrDigit(text[i]))
            {
                i--;
            }

            if (i + 1 == start)
            {
                break;
            }

            start = i + 1;
        }

        return start;
    }

    /// <summary>The passage from <paramref name="from"/>, its words HTML-encoded, those at a match's start marked.</summary>
    private static string Render(ref Scan scan, int from)
    {
        var html = new StringBuilder(Length * 10).Append(from > 0 ? "… " : "");
        using var writer = new StringWriter(html, CultureInfo.InvariantCulture);
        var count = 0;
        var end = -1;
        var i = from;
        while (scan.NextWord(ref i) is { } word)
        {
            if (count == Length)
            {
                return html.Append(" …").ToString();
            }

            if (end >= 0)
            {
                html.Append(Separator(scan.Text[end..word.Start]));
            }

            var marked = scan.IsMatch(word.Start);
            html.Append(marked ? "<mark>" : "");
            scan.Encode(writer, word);
            html.Append(marked ? "</mark>" : "");
            end = word.Start + word.Length;
            count++;
        }

        // The whole rest of the text was shown: its last punctuation too (the euro sign of an amount).
        return end < 0 ? html.ToString() : html.Append(Separator(scan.Text[end..]).TrimEnd()).ToString();
    }

    /// <summary>
    /// What stands between two words, on one line: each run of spaces and line breaks becomes one
    /// space, and the Markdown marks of the report's headings, emphasis and tables are left out.
    /// </summary>
    private static string Separator(ReadOnlySpan<char> between)
    {
        var collapsed = new StringBuilder(between.Length);
        var space = false;
        foreach (var c in between)
        {
            if (char.IsWhiteSpace(c) || c is '#' or '*' or '|')
            {
                space |= char.IsWhiteSpace(c);
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(c);
        }

        return Html.Encode(space ? collapsed.Append(' ').ToString() : collapsed.ToString());
    }

    public readonly record struct Word(int Start, int Length);

    private readonly record struct Match(int Start, int Term);

    /// <summary>
    /// A text decoded from UTF-8 and folded slice by slice, and where the terms stand in it, each
    /// term searched for only as far as the text has been decoded.
    /// </summary>
    private ref struct Scan(ReadOnlySpan<byte> utf8, char[] text, char[] folded, HighlightTerms terms, Span<int> resume, Span<int> found)
    {
        private readonly ReadOnlySpan<byte> _utf8 = utf8;
        private readonly Span<int> _resume = resume;
        private readonly Span<int> _found = found;
        private readonly List<Match> _matches = [];
        private int _read;
        private int _decoded;

        /// <summary>The text decoded so far.</summary>
        public readonly ReadOnlySpan<char> Text => text.AsSpan(0, _decoded);

        private readonly bool Complete => _read == _utf8.Length;

        /// <summary>
        /// Where the passage starts: <see cref="Lead"/> words before the match that opens the window
        /// holding the most different terms, the first such window winning ties; the text's start
        /// without a match. Decoding stops at the first window holding every term: none can beat it.
        /// </summary>
        public int PassageStart()
        {
            // A real query has a dozen terms at most; past 64 (a hostile query of dotted letters) terms
            // share the bits of a window's set, which only blurs which passage wins.
            var all = Math.Min(_resume.Length, 64);
            for (var reach = FirstSlice; ; reach = reach > int.MaxValue / 2 ? int.MaxValue : reach * 2)
            {
                // Every match that counts is known once the text is whole, or once each term was
                // found as often as it is weighed: reading on would find nothing more to weigh.
                var known = MatchBefore(reach);
                if (known == int.MaxValue)
                {
                    return _matches.Count == 0 ? 0 : StartBefore(Text, BestPassage(int.MaxValue, 0));
                }

                // A window is known whole once every match that could fall in it is known.
                if (BestPassage(known - PassageChars, all) is var start and >= 0)
                {
                    return StartBefore(Text, start);
                }
            }
        }

        /// <summary>
        /// The start of the first match opening a window of <paramref name="enough"/> different terms
        /// or, with <paramref name="enough"/> 0, of the most; only windows opening before
        /// <paramref name="opensBefore"/> are weighed. -1 when none is enough.
        /// </summary>
        private readonly int BestPassage(int opensBefore, int enough)
        {
            var best = (Start: -1, Terms: 0);
            for (var m = 0; m < _matches.Count && _matches[m].Start < opensBefore; m++)
            {
                var found = 0L;
                for (var n = m; n < _matches.Count && _matches[n].Start < _matches[m].Start + PassageChars; n++)
                {
                    found |= 1L << (_matches[n].Term & 63);
                }

                var terms = BitOperations.PopCount((ulong)found);
                if (enough > 0 ? terms >= enough : terms > best.Terms)
                {
                    best = (_matches[m].Start, terms);
                    if (enough > 0)
                    {
                        break;
                    }
                }
            }

            return best.Start;
        }

        /// <summary>Whether a term starts at <paramref name="position"/>, a word's start.</summary>
        public bool IsMatch(int position)
        {
            MatchBefore(position + 1);
            var (low, high) = (0, _matches.Count - 1);
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var start = _matches[middle].Start;
                if (start == position)
                {
                    return true;
                }

                (low, high) = start < position ? (middle + 1, high) : (low, middle - 1);
            }

            return false;
        }

        /// <summary>The word after <paramref name="i"/>, decoding as far as it reaches.</summary>
        public Word? NextWord(ref int i)
        {
            while (true)
            {
                var from = i;
                var word = SearchSnippet.NextWord(Text, ref i);
                if (i < _decoded || !DecodeSlice())
                {
                    return word;
                }

                // The word, or the gap before it, runs to the end of what was decoded: read on.
                i = from;
            }
        }

        public readonly void Encode(TextWriter writer, Word word) => Html.Encode(writer, text, word.Start, word.Length);

        /// <summary>
        /// Decodes and searches until every match starting before <paramref name="position"/> is
        /// known; returns the position before which all are known: <see cref="int.MaxValue"/> when
        /// no match is left to find.
        /// </summary>
        private int MatchBefore(int position)
        {
            while (true)
            {
                var known = SearchDecoded();
                if (known >= position || !DecodeSlice())
                {
                    return known;
                }
            }
        }

        /// <summary>Searches each term in the text decoded so far; returns the position before which every match is known.</summary>
        private readonly int SearchDecoded()
        {
            var folds = folded.AsSpan(0, _decoded);
            var known = int.MaxValue;
            var added = false;
            for (var t = 0; t < _resume.Length; t++)
            {
                var whole = t < terms.Words.Count;
                var term = whole ? terms.Words[t] : terms.Prefix;
                var at = _resume[t];
                while (_found[t] < MaxMatchesPerTerm && (at = IndexOf(folds, term, at)) >= 0)
                {
                    var end = at + term.Length;
                    if (end >= folds.Length && !Complete)
                    {
                        // Whether the word goes on is not decoded yet.
                        break;
                    }

                    if ((at == 0 || !char.IsLetterOrDigit(folds[at - 1])) && (!whole || end == folds.Length || !char.IsLetterOrDigit(folds[end])))
                    {
                        _matches.Add(new Match(at, t));
                        _found[t]++;
                        added = true;
                    }

                    at++;
                }

                // Resume where an occurrence could still begin: its last unit, and the one after, may not be decoded yet.
                _resume[t] = at >= 0 ? at : Math.Max(_resume[t], folds.Length - term.Length);
                if (_found[t] < MaxMatchesPerTerm && !Complete)
                {
                    known = Math.Min(known, _resume[t]);
                }
            }

            if (added)
            {
                _matches.Sort((a, b) => a.Start.CompareTo(b.Start));
            }

            return known;
        }

        private static int IndexOf(ReadOnlySpan<char> folded, string term, int from) =>
            from < folded.Length && folded[from..].IndexOf(term, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;

        /// <summary>Decodes and folds the next slice of the text; false when it was all decoded.</summary>
        private bool DecodeSlice()
        {
            if (Complete)
            {
                return false;
            }

            var slice = Math.Min(_utf8.Length - _read, Math.Max(FirstSlice, _read));
            var last = _read + slice == _utf8.Length;
            Utf8.ToUtf16(_utf8.Slice(_read, slice), text.AsSpan(_decoded), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: last);
            FoldInto(text.AsSpan(_decoded, written), folded.AsSpan(_decoded, written));
            _read += read;
            _decoded += written;
            return true;
        }
    }
}
