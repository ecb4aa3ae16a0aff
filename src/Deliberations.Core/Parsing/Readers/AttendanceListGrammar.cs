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

    /// <summary>
    /// The civilities that open an item, in the order the pattern they replace tried them
    /// (<c>MM\.?|Mmes\.?|MMES\.?|Mme\.?|MME\.?|Mlle\.?|M\.|Monsieur|Madame|Messieurs|Mesdames</c>), each
    /// with whether a dot may follow it.
    /// </summary>
    private static readonly (string Word, bool Dot)[] Civilities =
        [("MM", true), ("Mmes", true), ("MMES", true), ("Mme", true), ("MME", true), ("Mlle", true), ("M.", false), ("Monsieur", false), ("Madame", false), ("Messieurs", false), ("Mesdames", false)];

    public static IReadOnlyList<Item> Parse(string list, int line, DiagnosticBag diagnostics) => Parse(list.AsSpan(), line, diagnostics);

    public static IReadOnlyList<Item> Parse(ReadOnlySpan<char> list, int line, DiagnosticBag diagnostics)
    {
        // Commas separate nearly every item: enough room without growing the list.
        var items = new List<Item>(list.Count(',') + 1);
        string? civility = null;
        // Spans until the name is known: a list of 165 members would otherwise cost a dozen strings a name.
        for (var splitter = new ItemSplitter(list); splitter.MoveNext();)
        {
            var range = splitter.Current;
            var item = list[range].Trim().TrimEnd(".;").Trim();
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

            if (LeadingCivilityLength(item) is var length and > 0)
            {
                civility = French.Civility(item[..length]);
                item = item[length..].Trim();
            }

            if (!IsNameShape(item))
            {
                diagnostics.Warning("attendance-unplaced", line, $"Fragment de liste de présence non reconnu : « {list[range].Trim()} ».");
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
        if (LeadingCivilityLength(holder) is var length and > 0)
        {
            civility = French.Civility(holder[..length]);
            holder = holder[length..];
        }

        var name = holder.Trim().TrimEnd(".)").Trim();
        return name.IsEmpty ? null : new Person(civility, name.ToString(), null, null, line);
    }

    /// <summary>
    /// The length of the civility an item starts with, followed by a space or the end, or 0. Written
    /// out rather than as a regex: it runs on every member of every list.
    /// </summary>
    internal static int LeadingCivilityLength(ReadOnlySpan<char> item)
    {
        // Every civility starts with M: most items, a surname after a grouped civility, stop here.
        if (item.IsEmpty || item[0] != 'M')
        {
            return 0;
        }

        foreach (var (word, dot) in Civilities)
        {
            if (!item.StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            if (dot && item.Length > word.Length && item[word.Length] == '.' && EndsWord(item, word.Length + 1))
            {
                return word.Length + 1;
            }

            if (EndsWord(item, word.Length))
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static bool EndsWord(ReadOnlySpan<char> item, int at) => at == item.Length || char.IsWhiteSpace(item[at]);

    private static bool IsConjunction(ReadOnlySpan<char> list, int i) =>
        i + 4 <= list.Length && list[i + 1] is 'e' or 'E' && (list.Slice(i, 4).SequenceEqual(" et ") || list.Slice(i, 4).SequenceEqual(" ET "));

    /// <summary>Splits on commas and on " et " outside parentheses (a proxy's holder never splits), one item at a time.</summary>
    private ref struct ItemSplitter(ReadOnlySpan<char> list)
    {
        private readonly ReadOnlySpan<char> _list = list;
        private int _start;
        private int _next;
        private int _depth;

        public Range Current { get; private set; }

        public bool MoveNext()
        {
            if (_start > _list.Length)
            {
                return false;
            }

            for (var i = _next; i < _list.Length; i++)
            {
                switch (_list[i])
                {
                    case '(':
                        _depth++;
                        break;
                    case ')':
                        _depth = Math.Max(0, _depth - 1);
                        break;
                    case ',' or ';' when _depth == 0:
                        return Cut(i, i + 1);
                    case ' ' when _depth == 0 && IsConjunction(_list, i):
                        return Cut(i, i + 4);
                }
            }

            Current = _start.._list.Length;
            _start = _list.Length + 1;
            return true;
        }

        private bool Cut(int end, int next)
        {
            Current = _start..end;
            _start = next;
            _next = next;
            return true;
        }
    }

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
