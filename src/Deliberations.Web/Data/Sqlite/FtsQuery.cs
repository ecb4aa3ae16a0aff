using System.Text;
using Deliberations.Core.Parsing;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// Turns what a visitor typed into an FTS5 MATCH expression that can only mean "these words":
/// every token becomes a quoted string (inner quotes doubled), so no operator, column filter or
/// parenthesis of the input ever reaches FTS5 syntax. The last token is a prefix, for search-as-you-type.
/// French function words are left out when other words remain: every decision holds "de" and "la",
/// so they narrowed nothing and made FTS5 read the whole index (<c>Biennale de la danse</c>).
/// </summary>
public static class FtsQuery
{
    /// <summary>Queries longer than this are cut: nobody types more, and FTS5 cost grows with the tokens.</summary>
    public const int MaxTokens = 12;

    public static string? Build(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var tokens = input
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string([.. t.Where(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '"' or '.' or '@')]).Trim('"', '\'', '’', '.', '-'))
            .Where(t => t.Any(char.IsLetterOrDigit))
            .Take(MaxTokens)
            .ToList();
        if (tokens.Count == 0)
        {
            return null;
        }

        if (tokens.Any(t => !IsFunctionWord(t)))
        {
            tokens.RemoveAll(IsFunctionWord);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append('"').Append(tokens[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (i == tokens.Count - 1)
            {
                sb.Append('*');
            }
        }

        return sb.ToString();
    }

    private static bool IsFunctionWord(string token) => FunctionWords.Contains(French.Fold(token));

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les",
        "leur", "leurs", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "un", "une",
    };
}
