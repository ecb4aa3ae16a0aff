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

    /// <summary>
    /// <see cref="French.Fold"/> of every UTF-16 unit, computed once: folding a report through it
    /// cost 60-90 µs, as much as FTS5's snippet; a lookup per character costs a tenth. A unit whose
    /// fold is not one character (none in French) is only lower-cased, so positions never move.
    /// </summary>
    private static readonly char[] Fold = BuildFoldTable();

    /// <summary>Encodes markup and leaves French letters as they are: the page is UTF-8.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(string text, HighlightTerms terms)
    {
        // The folded copy is scratch: renting it spares the page a 20 KB string per hit.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var folded = buffer.AsSpan(0, text.Length);
            FoldInto(text, folded);
            var matches = Matches(folded, terms);
            var first = matches.Count == 0 ? 0 : StartBefore(text, BestPassage(matches));
            return Render(text, first, matches);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
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

    /// <summary>Where each term stands as a word of the folded text (the prefix at a word's start), in text order.</summary>
    private static List<Match> Matches(ReadOnlySpan<char> folded, HighlightTerms terms)
    {
        var matches = new List<Match>();
        for (var t = 0; t <= terms.Words.Count; t++)
        {
            var whole = t < terms.Words.Count;
            var term = whole ? terms.Words[t] : terms.Prefix;
            var found = 0;
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0 && found < MaxMatchesPerTerm; at = NextIndexOf(folded, term, at + 1))
            {
                var end = at + term.Length;
                if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (!whole || end == folded.Length || !char.IsLetterOrDigit(folded[end])))
                {
                    matches.Add(new Match(at, t));
                    found++;
                }
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    private static int NextIndexOf(ReadOnlySpan<char> text, string term, int from) =>
        text[from..].IndexOf(term, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;

    /// <summary>The match that opens the passage holding the most different terms; the first one wins ties.</summary>
    private static int BestPassage(List<Match> matches)
    {
        // The terms of a passage as a bit set. A real query has a dozen terms at most; past 64 (a
        // hostile query of dotted letters) terms share bits, which only blurs which passage wins.
        var best = (Start: matches[0].Start, Terms: 0);
        var all = 0L;
        foreach (var match in matches)
        {
            all |= 1L << (match.Term & 63);
        }

        var terms = BitOperations.PopCount((ulong)all);
        for (var m = 0; m < matches.Count && best.Terms < terms; m++)
        {
            var found = 0L;
            for (var n = m; n < matches.Count && matches[n].Start < matches[m].Start + PassageChars; n++)
            {
                found |= 1L << (matches[n].Term & 63);
            }

            if (BitOperations.PopCount((ulong)found) > best.Terms)
            {
                best = (matches[m].Start, BitOperations.PopCount((ulong)found));
            }
        }

        return best.Start;
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

    /// <summary>The runs of letters and digits of <paramref name="text"/>, from <paramref name="from"/> on.</summary>
    public static IEnumerable<Word> Words(string text, int from = 0)
    {
        var i = from;
        while (i < text.Length)
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

            if (i > start)
            {
                yield return new Word(start, i - start);
            }
        }
    }

    /// <summary>The start of the word <see cref="Lead"/> words before <paramref name="position"/>.</summary>
    private static int StartBefore(string text, int position)
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
    private static string Render(string text, int from, List<Match> matches)
    {
        var html = new StringBuilder(Length * 10).Append(from > 0 ? "… " : "");
        using var writer = new StringWriter(html, CultureInfo.InvariantCulture);
        var count = 0;
        var end = -1;
        var next = 0;
        foreach (var word in Words(text, from))
        {
            if (count == Length)
            {
                return html.Append(" …").ToString();
            }

            if (end >= 0)
            {
                html.Append(Separator(text.AsSpan(end, word.Start - end)));
            }

            // Matches and words both come in text order: one pass over each.
            while (next < matches.Count && matches[next].Start < word.Start)
            {
                next++;
            }

            var marked = next < matches.Count && matches[next].Start == word.Start;
            html.Append(marked ? "<mark>" : "");
            Html.Encode(writer, text, word.Start, word.Length);
            html.Append(marked ? "</mark>" : "");
            end = word.Start + word.Length;
            count++;
        }

        // The whole rest of the text was shown: its last punctuation too (the euro sign of an amount).
        return end < 0 ? html.ToString() : html.Append(Separator(text.AsSpan(end)).TrimEnd()).ToString();
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
}
