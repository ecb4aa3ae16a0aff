using Deliberations.Web.Text;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// Whether a typed query names something: every word of the query must match a word of the name,
/// exactly, as a prefix, or with a slip (one letter for words of 4 to 7 letters, two beyond), so
/// <c>Kimelfed</c> finds Kimelfeld and <c>donnee</c> finds Données. Accents and case never count.
/// </summary>
public static class NameMatcher
{
    public static IReadOnlyList<Word> Words(string query) => [.. Split(query).Take(8)];

    /// <summary>A name as <see cref="Matches"/> compares it: folded words.</summary>
    public static Word[] Split(string name) => [.. NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new Word(w, EditDistance.LetterSet(w)))];

    public static bool Matches(IReadOnlyList<Word> queryWords, Word[] nameWords)
    {
        // Loops rather than LINQ: every search runs this for each of several hundred names.
        if (queryWords.Count == 0)
        {
            return false;
        }

        foreach (var query in queryWords)
        {
            if (!AnyMatches(query, nameWords))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatches(Word query, Word[] nameWords)
    {
        foreach (var word in nameWords)
        {
            if (WordMatches(query, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordMatches(Word query, Word word)
    {
        if (word.Text.StartsWith(query.Text, StringComparison.Ordinal) && (query.Text.Length >= 3 || query.Text == word.Text))
        {
            return true;
        }

        var allowed = query.Text.Length switch
        {
            < 4 => 0,
            < 8 => 1,
            _ => 2,
        };

        // The letter sets were made once per name: most words are far apart, and they say so before any table.
        return allowed > 0 && EditDistance.Compute(query.Text, word.Text, query.Letters, word.Letters, allowed) <= allowed;
    }

    /// <summary>A folded word and the set of its letters (<see cref="EditDistance.LetterSet"/>).</summary>
    public readonly record struct Word(string Text, ulong Letters);
}
