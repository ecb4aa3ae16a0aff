using System.Globalization;
using Deliberations.Web.Text;

namespace Deliberations.Web.Import;

/// <summary>
/// A council as a document or the command line names it (<c>VILLE D’AVRANCHES</c>, <c>Commune d'Illats</c>):
/// its name as a title, the key two spellings of it share, its URL part and its kind.
/// </summary>
public sealed record CouncilName(string Name, string Key, string Slug, string? Kind)
{
    /// <summary>Folded prefixes that say the kind; a commune's URL part is its place alone (<c>avranches</c>).</summary>
    private static readonly (string Prefix, string Kind, bool PlaceOnly)[] Kinds =
    [
        ("ville de ", "commune", true),
        ("ville d ", "commune", true),
        ("commune de ", "commune", true),
        ("commune d ", "commune", true),
        ("mairie de ", "commune", true),
        ("mairie d ", "commune", true),
        ("metropole ", "métropole", false),
        ("communaute de communes ", "communauté de communes", false),
        ("communaute d agglomeration ", "communauté d'agglomération", false),
        ("communaute urbaine ", "communauté urbaine", false),
        ("departement ", "département", false),
        ("region ", "région", false),
    ];

    /// <summary>Words left in lower case when a name printed in capitals is made a title.</summary>
    private static readonly HashSet<string> Particles = new(["de", "des", "du", "la", "le", "les", "sur", "sous", "en", "et", "lès", "lez", "aux", "au"], StringComparer.Ordinal);

    /// <summary>Null when the text names nothing (blank, or punctuation alone).</summary>
    public static CouncilName? Of(string? printed)
    {
        var text = string.Join(' ', (printed ?? "").Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return null;
        }

        var name = text.Any(char.IsLower) ? text : Title(text);
        var kind = Kinds.FirstOrDefault(k => key.StartsWith(k.Prefix, StringComparison.Ordinal));
        var slug = Text.Slug.From(kind.PlaceOnly ? key[kind.Prefix.Length..] : key);
        return new CouncilName(name, key, slug, kind.Kind);
    }

    /// <summary><c>VILLE DE CHATILLON-SUR-SEINE</c> → <c>Ville de Chatillon-sur-Seine</c>; <c>D'EYBENS</c> → <c>d'Eybens</c>.</summary>
    private static string Title(string capitals)
    {
        var lower = capitals.ToLower(CultureInfo.GetCultureInfo("fr-FR"));
        var words = lower.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = string.Join('-', words[i].Split('-').Select((part, j) => Capitalised(part, first: i == 0 && j == 0)));
        }

        return string.Join(' ', words);
    }

    private static string Capitalised(string part, bool first)
    {
        if (part.StartsWith("d'", StringComparison.Ordinal) || part.StartsWith("l'", StringComparison.Ordinal))
        {
            return part[..2] + Capitalised(part[2..], first: true);
        }

        return part.Length == 0 || (!first && Particles.Contains(part)) ? part : char.ToUpper(part[0], CultureInfo.GetCultureInfo("fr-FR")) + part[1..];
    }
}
