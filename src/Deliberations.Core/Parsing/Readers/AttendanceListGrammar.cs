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
    public sealed record Item(Person Person, Person? Proxy);

    public static IReadOnlyList<Item> Parse(string list, int line, DiagnosticBag diagnostics)
    {
        var items = new List<Item>();
        string? civility = null;
        // Spans until the name is known: a list of 165 members would otherwise cost a dozen strings a name.
        foreach (var range in SplitItems(list))
        {
            var item = list.AsSpan(range).Trim().TrimEnd(".;").Trim();
            if (item.IsEmpty)
            {
                continue;
            }

            Person? proxy = null;
            // Only excused members carry a proxy: skip the regex (and its allocations) for everyone else.
            if (item.Contains('(') && Proxy().Match(item.ToString()) is { Success: true } proxyMatch)
            {
                proxy = ReadProxy(proxyMatch.Groups["holder"].Value.Trim(), line);
                item = item[..proxyMatch.Index].Trim();
            }

            foreach (var civilityMatch in LeadingCivility().EnumerateMatches(item))
            {
                civility = French.Civility(item[..civilityMatch.Length]);
                item = item[civilityMatch.Length..].Trim();
                break;
            }

            if (item.IsEmpty || !NameShape().IsMatch(item))
            {
                diagnostics.Warning("attendance-unplaced", line, $"Fragment de liste de présence non reconnu : « {list.AsSpan(range).Trim()} ».");
                continue;
            }

            var text = item.ToString();
            if (civility is null)
            {
                diagnostics.Warning("attendance-no-civility", line, $"« {text} » est listé sans civilité.");
            }

            items.Add(new Item(new Person(civility, text, null, null, line), proxy));
        }

        return items;
    }

    private static Person? ReadProxy(string holder, int line)
    {
        var m = LeadingCivility().Match(holder);
        var civility = m.Success ? French.Civility(m.Groups["civ"].Value) : null;
        var name = (m.Success ? holder[m.Length..] : holder).Trim().TrimEnd('.', ')').Trim();
        return name.Length == 0 ? null : new Person(civility, name, null, null, line);
    }

    /// <summary>Splits on commas and on " et " outside parentheses (a proxy's holder never splits).</summary>
    private static List<Range> SplitItems(string list)
    {
        var items = new List<Range>();
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
                    items.Add(start..i);
                    start = i + 1;
                    break;
                case ' ' when depth == 0 && IsConjunction(list, i):
                    items.Add(start..i);
                    start = i + 4;
                    i += 3;
                    break;
            }
        }

        items.Add(start..);
        return items;
    }

    private static bool IsConjunction(string list, int i) =>
        i + 4 <= list.Length && (string.CompareOrdinal(list, i, " et ", 0, 4) == 0 || string.CompareOrdinal(list, i, " ET ", 0, 4) == 0);

    [GeneratedRegex(@"^(?<civ>MM\.?|Mmes\.?|MMES\.?|Mme\.?|MME\.?|Mlle\.?|M\.|Monsieur|Madame|Messieurs|Mesdames)(?=\s|$)")]
    private static partial Regex LeadingCivility();

    [GeneratedRegex(@"\(\s*(?:pouvoir|procuration|pouvoir donn[ée])\s+(?:[àa]|au|donn[ée] [àa])\s+(?<holder>[^)]*)\)?", RegexOptions.IgnoreCase)]
    private static partial Regex Proxy();

    // A surname: letters first, then letters, spaces, apostrophes, hyphens; never digits.
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}'’\- .]*$")]
    private static partial Regex NameShape();
}
