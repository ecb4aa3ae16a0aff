using Deliberations.Web.Text;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// Whether a typed query names something: every word of the query must match a word of the name,
/// exactly, as a prefix, or with a slip (one letter for words of 4 to 7 letters, two beyond), so
/// <c>Kimelfed</c> finds Kimelfeld and <c>donnee</c> finds Données. Accents and case never count.
/// </summary>
public static class NameMatcher
{
    public static IReadOnlyList<string> Words(string query) => [.. Split(query).Take(8)];

    /// <summary>A name as <see cref="Matches"/> compares it: folded words.</summary>
    public static string[] Split(string name) => NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool Matches(IReadOnlyList<string> queryWords, string[] nameWords)
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

    private static bool AnyMatches(string query, string[] nameWords)
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

    private static bool WordMatches(string query, string word)
    {
        if (word.StartsWith(query, StringComparison.Ordinal) && (query.Length >= 3 || query == word))
        {
            return true;
        }

        var allowed = query.Length switch
        {
            < 4 => 0,
            < 8 => 1,
            _ => 2,
        };
        return allowed > 0 && EditDistance.Compute(query, word, allowed) <= allowed;
    }
}
