using Deliberations.Web.Text;

namespace Deliberations.Web.Features.Officials;

/// <summary>
/// The name filter of <c>/elus</c>: every word typed must fit some word of the official's name,
/// accents and case aside, and a slip of the keyboard is forgiven (<c>Kabelo</c> finds Kabalo).
/// </summary>
/// <remarks>
/// It runs in memory over the officials' names: there are a few hundred per term, and the typing
/// tolerance needs an edit distance SQLite does not have. The same distance as the reconciliation
/// (<see cref="EditDistance"/>) is used, but only to find, never to join.
/// </remarks>
public sealed class NameFilter
{
    /// <summary>No name is this long; a longer query is cut rather than compared letter by letter.</summary>
    public const int MaxLength = 100;

    private static readonly Dictionary<string, string> CivilityWords = new(StringComparer.Ordinal)
    {
        ["monsieur"] = "m",
        ["mr"] = "m",
        ["madame"] = "mme",
        ["mlle"] = "mme",
    };

    private readonly string[] _words;

    private NameFilter(string[] words) => _words = words;

    /// <summary>Null when the query holds no letter or digit, which filters nothing.</summary>
    public static NameFilter? Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var key = NameKey.Of(query.Length > MaxLength ? query[..MaxLength] : query);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => CivilityWords.GetValueOrDefault(w, w))
            .ToArray();
        return words.Length == 0 ? null : new NameFilter(words);
    }

    /// <param name="civility"><c>M.</c>, <c>Mme</c> or null.</param>
    /// <param name="names">The surname as spelt in every extract, and the first name when known.</param>
    public bool Matches(string? civility, IEnumerable<string?> names)
    {
        var nameWords = names
            .Where(n => !string.IsNullOrEmpty(n))
            .SelectMany(n => NameKey.Of(n!).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var civilityKey = civility is null ? null : NameKey.Of(civility);
        return _words.All(word => word == civilityKey || nameWords.Exists(name => Fits(word, name)));
    }

    private static bool Fits(string typed, string name)
    {
        // Two letters are a start ("ba" for Baume); from three on, a piece of the name is enough ("pass" for Da Passano).
        if (typed.Length < 3 ? name.StartsWith(typed, StringComparison.Ordinal) : name.Contains(typed, StringComparison.Ordinal))
        {
            return true;
        }

        // Short words get no tolerance: one wrong letter in four would already match half the council.
        var tolerance = typed.Length switch
        {
            < 4 => 0,
            < 8 => 1,
            _ => 2,
        };
        return tolerance > 0 && EditDistance.Compute(typed, name, tolerance) <= tolerance;
    }
}
