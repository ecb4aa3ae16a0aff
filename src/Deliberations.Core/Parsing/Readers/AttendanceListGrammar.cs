using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// The grammar of one attendance list, after its label:
/// <code>
/// list     := item ("," item | " et " item)* "."?
/// item     := civility? surname proxy?
/// civility := "M." | "MM." | "Mme" | "Mmes" | "Mlle" | "Monsieur" | "Madame" (dots optional)
/// proxy    := "(" ("pouvoir" | "procuration") ("à" | "a") civility? surname ")"
/// </code>
/// A civility applies to every surname after it until the next civility: <c>MM. A, B, Mme C</c>
/// is M. A, M. B and Mme C. The surname is kept as printed, particles and compounds included.
/// </summary>
public static partial class AttendanceListGrammar
{
    /// <summary>One item of a list with where it stands.</summary>
    public readonly record struct Item(Person Person, Person? Proxy);

    public static IReadOnlyList<Item> Parse(string list, int line, DiagnosticBag diagnostics)
    {
        var items = new List<Item>();
        string? civility = null;
        foreach (var printed in SplitItems(list))
        {
            var item = printed.Trim().TrimEnd('.', ';').Trim();
            if (item.Length == 0)
            {
                continue;
            }

            Person? proxy = null;
            var proxyMatch = Proxy().Match(item);
            if (proxyMatch.Success)
            {
                proxy = ReadProxy(proxyMatch.Groups["holder"].Value.Trim(), line);
                item = item[..proxyMatch.Index].Trim();
            }

            var civilityMatch = LeadingCivility().Match(item);
            if (civilityMatch.Success)
            {
                civility = French.Civility(civilityMatch.Value);
                item = item[civilityMatch.Length..].Trim();
            }

            if (!NameShape().IsMatch(item))
            {
                diagnostics.Warning("attendance-unplaced", line, $"Fragment de liste de présence non reconnu : « {printed.Trim()} ».");
                continue;
            }

            if (civility is null)
            {
                diagnostics.Warning("attendance-no-civility", line, $"« {item} » est listé sans civilité.");
            }

            items.Add(new Item(new Person(civility, item, null, null, line), proxy));
        }

        return items;
    }

    private static Person? ReadProxy(string holder, int line)
    {
        var m = LeadingCivility().Match(holder);
        var civility = m.Success ? French.Civility(m.Value) : null;
        var name = holder[m.Length..].Trim().TrimEnd('.', ')').Trim();
        return name.Length == 0 ? null : new Person(civility, name, null, null, line);
    }

    /// <summary>Splits on commas, semicolons and the conjunction " et " (or " ET ") outside parentheses: a proxy's holder never splits.</summary>
    private static List<string> SplitItems(string list)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' or ';' when depth == 0:
                    items.Add(list[start..i]);
                    start = i + 1;
                    break;
                case ' ' when depth == 0 && IsConjunction(list.AsSpan(i)):
                    items.Add(list[start..i]);
                    start = i + 4;
                    i += 3;
                    break;
            }
        }

        items.Add(list[start..]);
        return items;
    }

    private static bool IsConjunction(ReadOnlySpan<char> rest) => rest.StartsWith(" et ", StringComparison.Ordinal) || rest.StartsWith(" ET ", StringComparison.Ordinal);

    /// <summary>A civility followed by a space or the end of the item; the dot is optional after the abbreviations but M.</summary>
    [GeneratedRegex(@"^(?:MM\.?|Mmes\.?|MMES\.?|Mme\.?|MME\.?|Mlle\.?|M\.|Monsieur|Madame|Messieurs|Mesdames)(?=\s|$)")]
    private static partial Regex LeadingCivility();

    /// <summary>A proxy, <c>(pouvoir à …)</c>, <c>(procuration donnée à …)</c>: its holder runs to the closing parenthesis, or to the end when a copy lost it.</summary>
    [GeneratedRegex(@"\(\s*(?:pouvoir|procuration|pouvoir donn[ée])\s+(?:[àa]|au|donn[ée] [àa])\s+(?<holder>[^)]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Proxy();

    /// <summary>A surname (trimmed): a letter first, then letters, combining marks, spaces, apostrophes, hyphens, dots; never digits.</summary>
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}'’\- .]*$")]
    private static partial Regex NameShape();
}
