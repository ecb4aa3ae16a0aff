using Deliberations.Core.Parsing;

namespace Deliberations.Web.Data;

/// <summary>
/// The words a visitor typed, as every engine's search reads them: letters, digits and the marks
/// inside words, at most <see cref="MaxTokens"/>. French function words are left out when other
/// words remain: every decision holds "de" and "la", so they narrowed nothing and made the index
/// read every decision (<c>Biennale de la danse</c>). The last word is read as a prefix, for
/// search-as-you-type and French plurals.
/// </summary>
public static class SearchWords
{
    /// <summary>Queries longer than this are cut: nobody types more, and an index's cost grows with the words.</summary>
    public const int MaxTokens = 12;

    public static List<string> Of(string? input)
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

    /// <summary>The words searched for, folded as <see cref="French.Fold"/> folds them, to highlight them in a text: the last one is a prefix.</summary>
    public static HighlightTerms? TermsOf(string? input)
    {
        var words = Of(input).Select(French.Fold).SelectMany(t => SearchSnippet.Words(t).Select(w => t.Substring(w.Start, w.Length))).ToList();
        return words.Count == 0 ? null : new HighlightTerms(words[..^1], words[^1]);
    }

    private static bool IsFunctionWord(string token) => FunctionWords.Contains(French.Fold(token));

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les",
        "leur", "leurs", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "un", "une",
    };
}
