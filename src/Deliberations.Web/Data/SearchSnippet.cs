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
/// with <c>&lt;mark&gt;</c> around them. Cut here, for the decisions a page shows, from the text
/// the index was made of: the index keeps no copy of it. Words are runs of letters and digits, as
/// FTS5's unicode61 tokenizer cuts them.
/// </summary>
public static class SearchSnippet
{
    /// <summary>Words shown.</summary>
    public const int Length = 24;

    /// <summary>Words shown before the passage's first match, so it reads in context.</summary>
    private const int Lead = 3;

    /// <summary>About <see cref="Length"/> words of French, in characters: the reach of one passage.</summary>
    private const int PassageChars = 150;

    /// <summary>Matches weighed per term when choosing the passage: enough for any real text, bounded for hostile ones.</summary>
    private const int MaxMatchesPerTerm = 64;

    /// <summary>Encodes markup and leaves French letters as they are: the page is UTF-8.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(string text, HighlightTerms terms)
    {
        var folded = Fold(text);
        var matches = Matches(folded, terms);
        var from = matches.Count == 0 ? 0 : StartBefore(text, BestPassage(matches));
        return Render(text, from, matches.Select(m => m.Start).ToHashSet());
    }

    /// <summary>
    /// <see cref="French.Fold"/> of each character on its own, so that positions in the folded text
    /// are positions in the text; a character whose fold is not one character (none in French) is
    /// only lower-cased.
    /// </summary>
    internal static string Fold(string text) => string.Create(text.Length, text, static (folded, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var one = text[i];
            folded[i] = char.IsAscii(one) ? char.ToLowerInvariant(one)
                : char.IsLetter(one) && French.Fold(one.ToString()) is { Length: 1 } f ? f[0]
                : char.ToLowerInvariant(one);
        }
    });

    /// <summary>The runs of letters and digits of <paramref name="text"/>.</summary>
    public static IEnumerable<Word> Words(string text)
    {
        var i = 0;
        while (NextWord(text, ref i) is { } word)
        {
            yield return word;
        }
    }

    /// <summary>Where each term starts a word (a whole word, but for the prefix), in text order.</summary>
    private static List<Match> Matches(string folded, HighlightTerms terms)
    {
        var matches = new List<Match>();
        var all = terms.Words.Append(terms.Prefix).ToList();
        for (var t = 0; t < all.Count; t++)
        {
            var (term, whole, found) = (all[t], t < terms.Words.Count, 0);
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0 && found < MaxMatchesPerTerm; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
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

    /// <summary>
    /// The start of the match opening the window of <see cref="PassageChars"/> that holds the most
    /// different terms, the first such window winning ties. Past 64 terms (a hostile query of dotted
    /// letters) terms share the bits of a window's set, which only blurs which passage wins.
    /// </summary>
    private static int BestPassage(List<Match> matches)
    {
        var best = (Start: 0, Terms: 0);
        for (var m = 0; m < matches.Count; m++)
        {
            var found = 0UL;
            for (var n = m; n < matches.Count && matches[n].Start < matches[m].Start + PassageChars; n++)
            {
                found |= 1UL << (matches[n].Term & 63);
            }

            if (BitOperations.PopCount(found) is var terms && terms > best.Terms)
            {
                best = (matches[m].Start, terms);
            }
        }

        return best.Start;
    }

    /// <summary>The run of letters and digits at or after <paramref name="i"/>, which ends past it; null at the end of <paramref name="text"/>.</summary>
    private static Word? NextWord(string text, ref int i)
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
    private static string Render(string text, int from, HashSet<int> marked)
    {
        var html = new StringBuilder(Length * 10).Append(from > 0 ? "… " : "");
        var count = 0;
        var end = -1;
        var i = from;
        while (NextWord(text, ref i) is { } word)
        {
            if (count == Length)
            {
                return html.Append(" …").ToString();
            }

            if (end >= 0)
            {
                html.Append(Separator(text.AsSpan(end, word.Start - end)));
            }

            var mark = marked.Contains(word.Start);
            html.Append(mark ? "<mark>" : "").Append(Html.Encode(text.Substring(word.Start, word.Length))).Append(mark ? "</mark>" : "");
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
