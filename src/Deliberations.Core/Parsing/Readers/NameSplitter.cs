using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Splits a printed name into first name (or initials) and surname where the layout prints both:
/// <c>J.P. GOUEDARD</c>, <c>C.SERGENT</c>, <c>Hubert BRIGAND</c>, <c>FLACELIERE Françoise</c>,
/// <c>C. DE ROSTOLAN</c>, <c>Marta Chron</c>. The surname is the run of capitals when there is one,
/// else the last word.
/// </summary>
public static partial class NameSplitter
{
    public static (string? FirstName, string Surname) Split(string printed)
    {
        var text = printed.Trim();
        var initials = Initials().Match(text);
        var first = initials.Success ? initials.Value.Trim() : null;
        var rest = text[initials.Length..].Trim();
        if (rest.Length == 0)
        {
            return (null, text);
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(words, IsCapitals);
        if (start >= 0)
        {
            var end = start;
            while (end + 1 < words.Length && IsCapitals(words[end + 1]))
            {
                end++;
            }

            var others = words[..start].Concat(words[(end + 1)..]).ToArray();
            var firstName = Join(first, others);
            return (firstName, string.Join(' ', words[start..(end + 1)]));
        }

        return words.Length == 1 ? (first, words[0]) : (Join(first, words[..^1]), words[^1]);
    }

    private static string? Join(string? initials, string[] words)
    {
        var all = (initials is null ? words : [initials, .. words]);
        return all.Length == 0 ? null : string.Join(' ', all);
    }

    /// <summary>A word in capitals (two letters at least, so that an initial is not a surname).</summary>
    private static bool IsCapitals(string word) => word.Count(char.IsLetter) >= 2 && !word.Any(char.IsLower);

    /// <summary>Initials before the surname, glued or not: <c>J.P.</c>, <c>Ph.</c>, <c>J. Ph.</c>, <c>M.P.</c>.</summary>
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}?\.\s*-?)+")]
    private static partial Regex Initials();
}
