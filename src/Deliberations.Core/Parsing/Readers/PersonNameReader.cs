using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads one person written out in a header: <c>Madame la Vice-Présidente Dognin-Sauze</c>,
/// <c>Monsieur David Kimelfeld</c>, <c>Monsieur le Conseiller délégué Le Faou</c>, <c>Madame Émeline Baume</c>.
/// </summary>
public static partial class PersonNameReader
{
    public static Person? Read(string text, int line)
    {
        var t = text.Trim().TrimEnd('.', ',', ';').Trim();
        var m = Written().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var civility = French.Civility(m.Groups["civ"].Value);
        var rest = m.Groups["rest"].Value.Trim();
        string? role = null;
        var withRole = RoleArticle().Match(rest);
        if (withRole.Success)
        {
            // "la Vice-Présidente Dognin-Sauze": the role runs to the last capitalised word group,
            // which is the surname (roles are lower-case after their first word: "Conseillère déléguée").
            var words = withRole.Groups["rest"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var surnameStart = SurnameStart(words, minimum: 1);
            role = string.Join(' ', words[..surnameStart]);
            rest = string.Join(' ', words[surnameStart..]);
        }

        if (rest.Length == 0)
        {
            return null;
        }

        var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (role is null && parts.Length >= 2 && LooksLikeFirstName(parts[0]))
        {
            return new Person(civility, string.Join(' ', parts[1..]), parts[0], null, line);
        }

        return new Person(civility, rest, null, role, line);
    }

    /// <summary>The index of the first word of the surname: after the role's words, a capitalised word or a particle.</summary>
    private static int SurnameStart(string[] words, int minimum)
    {
        for (var i = words.Length - 1; i >= minimum; i--)
        {
            var previous = words[i - 1];
            var previousIsSurnamePart = i - 1 >= minimum && (IsParticle(previous) || (char.IsUpper(previous[0]) && !IsRoleWord(previous)));
            if (!previousIsSurnamePart)
            {
                return i;
            }
        }

        return Math.Min(minimum, words.Length - 1);
    }

    private static bool IsParticle(string word) => word is "de" or "du" or "des" or "d'" or "Le" or "La" or "Da" or "Di" or "Van" or "Von" or "El" or "Ben" or "De" or "Du";

    private static bool IsRoleWord(string word) => French.Fold(word) is "president" or "presidente" or "vice-president" or "vice-presidente" or "conseiller" or "conseillere" or "delegue" or "deleguee" or "maire" or "adjoint" or "adjointe";

    // A first name is one capitalised word, possibly hyphenated (Jean-Paul, Émeline); "Monsieur
    // Kimelfeld" alone is a surname, so only a rest of two words or more gives a first name.
    private static bool LooksLikeFirstName(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || IsParticle(word))
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && word[i - 1] != '-')
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?<civ>Monsieur|Madame|M\.|Mme|MM\.|Mmes|Mademoiselle|Mlle)\s+(?<rest>.+)$")]
    private static partial Regex Written();

    [GeneratedRegex(@"^(?:le|la|l')\s*(?<rest>.+)$")]
    private static partial Regex RoleArticle();
}
