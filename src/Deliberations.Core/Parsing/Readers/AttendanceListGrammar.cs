using System.Globalization;
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
        var ranges = SplitItems(list);
        var items = new List<Item>(ranges.Count);
        string? civility = null;
        // Spans until the name is known: a list of 165 members would otherwise cost a dozen strings a name.
        foreach (var range in ranges)
        {
            var item = list.AsSpan(range).Trim().TrimEnd(".;").Trim();
            if (item.IsEmpty)
            {
                continue;
            }

            Person? proxy = null;
            // Only excused members carry a proxy: skip the regex for everyone else.
            if (item.Contains('('))
            {
                foreach (var proxyMatch in ProxyIntro().EnumerateMatches(item))
                {
                    // The holder runs to the closing parenthesis, or to the end when a copy lost it.
                    var holder = item[(proxyMatch.Index + proxyMatch.Length)..];
                    var close = holder.IndexOf(')');
                    proxy = ReadProxy((close < 0 ? holder : holder[..close]).Trim(), line);
                    item = item[..proxyMatch.Index].Trim();
                    break;
                }
            }

            // Every civility starts with M: most items, a surname after a grouped civility, skip the regex.
            if (item.StartsWith('M'))
            {
                foreach (var civilityMatch in LeadingCivility().EnumerateMatches(item))
                {
                    civility = French.Civility(item[..civilityMatch.Length]);
                    item = item[civilityMatch.Length..].Trim();
                    break;
                }
            }

            if (!IsNameShape(item))
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

    private static Person? ReadProxy(ReadOnlySpan<char> holder, int line)
    {
        string? civility = null;
        foreach (var m in LeadingCivility().EnumerateMatches(holder))
        {
            civility = French.Civility(holder[..m.Length]);
            holder = holder[m.Length..];
            break;
        }

        var name = holder.Trim().TrimEnd(".)").Trim();
        return name.IsEmpty ? null : new Person(civility, name.ToString(), null, null, line);
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
        i + 4 <= list.Length && list[i + 1] is 'e' or 'E' && (string.CompareOrdinal(list, i, " et ", 0, 4) == 0 || string.CompareOrdinal(list, i, " ET ", 0, 4) == 0);

    [GeneratedRegex(@"^(?<civ>MM\.?|Mmes\.?|MMES\.?|Mme\.?|MME\.?|Mlle\.?|M\.|Monsieur|Madame|Messieurs|Mesdames)(?=\s|$)")]
    private static partial Regex LeadingCivility();

    /// <summary>What opens a proxy, up to its holder: <c>(pouvoir à </c>, <c>(procuration donnée à </c>.</summary>
    [GeneratedRegex(@"\(\s*(?:pouvoir|procuration|pouvoir donn[ée])\s+(?:[àa]|au|donn[ée] [àa])\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ProxyIntro();

    /// <summary>
    /// A surname (trimmed): a letter first, then letters, combining marks, spaces, apostrophes, hyphens,
    /// dots; never digits. Written out rather than as a regex: it runs on every member of every list.
    /// </summary>
    internal static bool IsNameShape(ReadOnlySpan<char> item)
    {
        if (item.IsEmpty || !char.IsLetter(item[0]))
        {
            return false;
        }

        foreach (var c in item[1..])
        {
            if (!(char.IsLetter(c) || c is '\'' or '’' or '-' or ' ' or '.' || IsMark(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
