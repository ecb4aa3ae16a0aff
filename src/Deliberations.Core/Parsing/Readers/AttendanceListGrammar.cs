using System.Buffers;
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
    /// with whether a dot may follow it and the civility it stands for (<see cref="French.Civility(string)"/>'s).
    /// </summary>
    private static readonly (string Word, bool Dot, string Civility)[] Civilities =
    [
        ("MM", true, Person.Mister), ("Mmes", true, Person.Madam), ("MMES", true, Person.Madam), ("Mme", true, Person.Madam), ("MME", true, Person.Madam),
        ("Mlle", true, Person.Madam), ("M.", false, Person.Mister), ("Monsieur", false, Person.Mister), ("Madame", false, Person.Madam),
        ("Messieurs", false, Person.Mister), ("Mesdames", false, Person.Madam),
    ];

    /// <summary>What ends an item or changes the depth of parentheses; the conjunction " et " is looked for apart.</summary>
    private static readonly SearchValues<char> Separators = SearchValues.Create(",;()");

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

            var (length, leading) = LeadingCivility(item);
            if (length > 0)
            {
                civility = leading;
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
        var (length, civility) = LeadingCivility(holder);
        holder = holder[length..];

        var name = holder.Trim().TrimEnd(".)").Trim();
        return name.IsEmpty ? null : new Person(civility, name.ToString(), null, null, line);
    }

    /// <summary>
    /// The length of the civility an item starts with, followed by a space or the end, and the civility
    /// it stands for; (0, null) without one. Written out rather than as a regex: it runs on every
    /// member of every list.
    /// </summary>
    internal static (int Length, string? Civility) LeadingCivility(ReadOnlySpan<char> item)
    {
        // Every civility starts with M and has two letters or more: most items, a surname after a
        // grouped civility, stop here; the others are compared only with the words sharing their second letter.
        if (item.Length < 2 || item[0] != 'M')
        {
            return (0, null);
        }

        foreach (var (word, dot, civility) in Civilities)
        {
            if (word[1] != item[1] || !item.StartsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            if (dot && item.Length > word.Length && item[word.Length] == '.' && EndsWord(item, word.Length + 1))
            {
                return (word.Length + 1, civility);
            }

            if (EndsWord(item, word.Length))
            {
                return (word.Length, civility);
            }
        }

        return (0, null);
    }

    private static bool EndsWord(ReadOnlySpan<char> item, int at) => at == item.Length || char.IsWhiteSpace(item[at]);

    /// <summary>
    /// Splits on commas and on " et " outside parentheses (a proxy's holder never splits), one item at
    /// a time. Separators and conjunctions are searched for, not stepped to a character at a time.
    /// </summary>
    private ref struct ItemSplitter(ReadOnlySpan<char> list)
    {
        private readonly ReadOnlySpan<char> _list = list;
        private int _start;
        private int _next;
        private int _depth;

        /// <summary>The next " et " and " ET " at or after <see cref="_next"/> (or the end), kept between calls.</summary>
        private int _lowerAnd = -1;
        private int _upperAnd = -1;

        public Range Current { get; private set; }

        public bool MoveNext()
        {
            if (_start > _list.Length)
            {
                return false;
            }

            for (var i = _next; ;)
            {
                var separator = _list[i..].IndexOfAny(Separators) is var s and >= 0 ? i + s : _list.Length;
                if (_depth == 0 && NextConjunction(i) is var conjunction && conjunction < separator)
                {
                    return Cut(conjunction, conjunction + 4);
                }

                if (separator == _list.Length)
                {
                    Current = _start.._list.Length;
                    _start = _list.Length + 1;
                    return true;
                }

                switch (_list[separator])
                {
                    case '(':
                        _depth++;
                        break;
                    case ')':
                        _depth = Math.Max(0, _depth - 1);
                        break;
                    default:
                        if (_depth == 0)
                        {
                            return Cut(separator, separator + 1);
                        }

                        break;
                }

                i = separator + 1;
            }
        }

        /// <summary>Where the first conjunction at or after <paramref name="from"/> starts (its space), or the end.</summary>
        private int NextConjunction(int from)
        {
            if (_lowerAnd < from)
            {
                _lowerAnd = _list[from..].IndexOf(" et ") is var lower and >= 0 ? from + lower : _list.Length;
            }

            if (_upperAnd < from)
            {
                _upperAnd = _list[from..].IndexOf(" ET ") is var upper and >= 0 ? from + upper : _list.Length;
            }

            return Math.Min(_lowerAnd, _upperAnd);
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
