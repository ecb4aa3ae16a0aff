using Deliberations.Core.Parsing;
using Deliberations.Web.Data;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// What a visitor typed, before it is searched. Civilities go: the site prints names with them
/// (<c>M. Kabalo</c>), people copy them, and the registers' texts do not put them where a word
/// search would find them, so a civility only ever made a search fail.
/// </summary>
public static class TypedQuery
{
    /// <summary>
    /// The query without its civilities (<see cref="French.Civility"/>: <c>M.</c>, <c>MM.</c>,
    /// <c>Mme</c>, <c>Mmes</c>, <c>Monsieur</c>, <c>Madame</c>…), unless nothing else is left.
    /// </summary>
    public static string WithoutCivilities(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => French.Civility(w) is null).ToList();
        return kept.Count == 0 || kept.Count == words.Length ? query : string.Join(' ', kept);
    }

    /// <summary>
    /// The words to search the decisions for when the typed ones are in none (<see cref="SearchRequest.Fallback"/>),
    /// as the officials the query named read it: a word they all matched with one spelling becomes that
    /// spelling (<c>Kabaloo</c> → kabalo), one they all took for a first name the registers do not print
    /// goes (<c>Gérard Collomb</c> → collomb). Null when no official was named or they read the query as typed.
    /// </summary>
    /// <param name="matches">For each official named, <see cref="NameMatcher.Match"/>'s reading of <paramref name="words"/>.</param>
    public static string? AsNamed(IReadOnlyList<NameMatcher.Word> words, IReadOnlyList<string?[]> matches)
    {
        if (matches.Count == 0)
        {
            return null;
        }

        var read = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            switch (matches.Select(m => m[i]).Distinct().ToList())
            {
                case [null]:
                    break;
                case [{ } spelling]:
                    read.Add(spelling);
                    break;
                default:
                    read.Add(words[i].Text);
                    break;
            }
        }

        return read.SequenceEqual(words.Select(w => w.Text)) ? null : string.Join(' ', read);
    }
}
