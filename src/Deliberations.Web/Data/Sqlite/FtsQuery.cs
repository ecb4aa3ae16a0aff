using Deliberations.Core.Parsing;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// Turns what a visitor typed into an FTS5 MATCH expression that can only mean "these words":
/// every token becomes a quoted string (inner quotes doubled), so no operator, column filter or
/// parenthesis of the input ever reaches FTS5 syntax. The last token is a prefix, for search-as-you-type
/// and French plurals. French function words are left out when other words remain: every decision
/// holds "de" and "la", so they narrowed nothing and made FTS5 read the whole index (<c>Biennale de la danse</c>).
/// </summary>
public static class FtsQuery
{
    /// <summary>Queries longer than this are cut: nobody types more, and FTS5 cost grows with the tokens.</summary>
    public const int MaxTokens = 12;

    /// <summary>
    /// Builds the expression. <paramref name="complete"/> may list the index's own words that begin
    /// with the last token (folded as the index folds it: see <see cref="FoldedWord"/>); given, the
    /// prefix is written as those words joined by OR, which FTS5 reads lazily in rowid order, where
    /// a prefix query first merges the whole list of every matching word (5 ms for "association"
    /// at 20,000 decisions, against 0.2 ms for its two words).
    /// </summary>
    public static string? Build(string? input, Func<string, IReadOnlyList<string>?>? complete = null)
    {
        var tokens = Tokens(input);
        if (tokens.Count == 0)
        {
            return null;
        }

        var last = tokens[^1];
        var completions = complete is not null && FoldedWord(last) is { } folded ? complete(folded) : null;
        var phrases = tokens.Select(Quote).ToList();
        if (completions is not { Count: > 0 })
        {
            phrases[^1] += "*";
            return string.Join(' ', phrases);
        }

        phrases[^1] = "(" + string.Join(" OR ", completions.Select(Quote)) + ")";
        return string.Join(" AND ", phrases);
    }

    /// <summary>
    /// The words <see cref="Build"/> searches for, folded as <see cref="French.Fold"/> folds them, to
    /// highlight them in a text: the last one is a prefix.
    /// </summary>
    public static HighlightTerms? TermsOf(string? input)
    {
        var words = Tokens(input).Select(French.Fold).SelectMany(t => SearchSnippet.Words(t).Select(w => t.Substring(w.Start, w.Length))).ToList();
        return words.Count == 0 ? null : new HighlightTerms(words[..^1], words[^1]);
    }

    private static List<string> Tokens(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }

        var tokens = input
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string([.. t.Where(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '"' or '.' or '@')]).Trim('"', '\'', '’', '.', '-'))
            .Where(t => t.Any(char.IsLetterOrDigit))
            .Take(MaxTokens)
            .ToList();
        if (tokens.Any(t => !IsFunctionWord(t)))
        {
            tokens.RemoveAll(IsFunctionWord);
        }

        return tokens;
    }

    /// <summary>
    /// The token as the index stores it (unicode61, diacritics removed, lower case), when it is one
    /// plain word of ASCII letters and digits once folded; otherwise null, and FTS5's own prefix
    /// matching is used, so a folding this code and SQLite's tokenizer could disagree on never
    /// decides what is found.
    /// </summary>
    public static string? FoldedWord(string token)
    {
        var folded = French.Fold(token);
        return folded.Length > 0 && folded.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) ? folded : null;
    }

    private static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool IsFunctionWord(string token) => FunctionWords.Contains(French.Fold(token));

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les",
        "leur", "leurs", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "un", "une",
    };
}
