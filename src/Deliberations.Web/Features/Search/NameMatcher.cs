using Deliberations.Web.Text;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// Whether a typed query names something: every word of the query must match a word of the name,
/// exactly, as a prefix, or with a slip (one letter for words of 4 to 7 letters, two beyond), so
/// <c>Kimelfed</c> finds Kimelfeld and <c>donnee</c> finds Données. Accents and case never count,
/// nor civilities (<c>M.</c>, <c>Mme</c>, <c>Madame</c>: see <see cref="TypedQuery"/>). Where the
/// registers print no first name (<c>M. Collomb</c>), the first word typed may be one:
/// <c>Gérard Collomb</c> finds him.
/// </summary>
public static class NameMatcher
{
    public static IReadOnlyList<Word> Words(string query) => [.. Split(TypedQuery.WithoutCivilities(query)).Take(8)];

    /// <summary>A name as <see cref="Match"/> compares it: folded words.</summary>
    public static Word[] Split(string name) => [.. NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new Word(w, EditDistance.LetterSet(w)))];

    /// <summary>
    /// How the name answers the query: for each query word, the word of the name it matched, or null
    /// for the one taken as the first name the name does not print; null when the name does not answer.
    /// </summary>
    public static string?[]? Match(IReadOnlyList<Word> queryWords, Word[] nameWords, bool firstNameUnprinted)
    {
        if (queryWords.Count == 0)
        {
            return null;
        }

        // Only the first word may be the first name, as people and the site write names: taking the last
        // as well made "Gérard Collomb" name M. Girard, "Collomb" his first name and "Gérard" a slip.
        var skipped = AllMatch(queryWords, nameWords, -1) ? -1
            : firstNameUnprinted && queryWords.Count > 1 && AllMatch(queryWords, nameWords, 0) ? 0
            : (int?)null;
        return skipped is null ? null : [.. queryWords.Select((query, i) => i == skipped ? null : Array.Find(nameWords, word => WordMatches(query, word))!.Text)];
    }

    private static bool AllMatch(IReadOnlyList<Word> queryWords, Word[] nameWords, int skipped)
    {
        // Loops rather than LINQ: every search runs this for each of several hundred names.
        for (var i = 0; i < queryWords.Count; i++)
        {
            if (i != skipped && !AnyMatches(queryWords[i], nameWords))
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
