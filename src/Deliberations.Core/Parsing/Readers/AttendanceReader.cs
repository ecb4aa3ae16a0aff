using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads <c>Présents</c>, <c>Absents excusés</c> (with proxies) and <c>Absents non excusés</c>.
/// Each list is one paragraph after its label, possibly wrapped over several lines; see
/// <see cref="AttendanceListGrammar"/> for the grammar of a list.
/// </summary>
public static partial class AttendanceReader
{
    /// <summary>The civilities (<see cref="CivilityBit"/>) a name was listed with, and those of them present.</summary>
    private readonly record struct Listed(byte Civilities, byte Present);

    private enum ListKind
    {
        Present,
        Excused,
        Unexcused,
    }

    /// <summary>Whether a line opens one of the lists (<c>Présents :</c>, <c>Absents excusés :</c>…): the first of them starts the attendance part.</summary>
    public static bool StartsList(ReadOnlySpan<char> line) => Label().IsMatch(line);

    public static Attendance Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics)
    {
        var present = new List<Person>();
        var excused = new List<Absence>();
        var unexcused = new List<Person>();
        var lines = source.Lines;
        var range = map.Attendance;
        for (var i = range.Start; i < range.End && i < lines.Count; i++)
        {
            var label = Label().Match(lines[i].Plain);
            if (!label.Success)
            {
                if (!lines[i].IsBlank)
                {
                    diagnostics.Info("attendance-unplaced", lines[i].Number, "Ligne sans intitulé de liste de présence, ignorée.");
                }

                continue;
            }

            var kind = Kind(label.Groups["label"].Value);
            var first = lines[i].Number;
            var firstLine = i;
            // A wrapped list goes on until a blank line or the next label.
            while (i + 1 < range.End && !lines[i + 1].IsBlank && !Label().IsMatch(lines[i + 1].PlainSpan))
            {
                i++;
            }

            // Most lists are one line: read them in place, and join only the wrapped ones.
            List<int> starts = [0];
            var text = i == firstLine ? lines[i].Plain.AsSpan(label.Length) : Join(lines, firstLine, i, label.Length, starts);
            var items = AttendanceListGrammar.Parse(text, first, diagnostics);
            if (items.Count == 0)
            {
                // A label left alone (a list cut off by a copy) would otherwise lose a whole list in silence.
                diagnostics.Warning("attendance-empty-list", first, $"La liste « {label.Groups["label"].Value} » ne nomme aucun élu lisible.");
            }

            // The lists are sized once: grown from empty, the 150 present were copied seven times.
            switch (kind)
            {
                case ListKind.Present:
                    present.EnsureCapacity(present.Count + items.Count);
                    break;
                case ListKind.Excused:
                    excused.EnsureCapacity(excused.Count + items.Count);
                    break;
                default:
                    unexcused.EnsureCapacity(unexcused.Count + items.Count);
                    break;
            }

            var cursor = 0;
            foreach (var item in items)
            {
                // A wrapped list gives each name the line it is on. Names come in list order, so each is
                // looked for after the previous one: searching every line for every name made a list
                // wrapped over thousands of lines quadratic.
                var at = starts.Count == 1 ? -1 : text[cursor..].IndexOf(item.Person.Name, StringComparison.Ordinal) is var found and >= 0 ? cursor + found : -1;
                cursor = at < 0 ? cursor : at + item.Person.Name.Length;
                var line = at < 0 ? first : first + LineIndex(starts, at);
                var person = line == item.Person.Line ? item.Person : item.Person with { Line = line };
                switch (kind)
                {
                    case ListKind.Present:
                        present.Add(person);
                        break;
                    case ListKind.Excused:
                        excused.Add(new Absence(person, item.Proxy is null || item.Proxy.Line == person.Line ? item.Proxy : item.Proxy with { Line = person.Line }));
                        break;
                    default:
                        unexcused.Add(person);
                        break;
                }
            }
        }

        var attendance = new Attendance(present, excused, unexcused);
        Check(attendance, diagnostics);
        return attendance;
    }

    private static void Check(Attendance attendance, DiagnosticBag diagnostics)
    {
        // Runs on every extract over some 150 names: plain loops and one dictionary, no LINQ. Keyed by
        // the name alone, whose hash (a string key's) is far cheaper than a (civility, name) tuple's;
        // the value says which civilities were listed with it, and which of those in the present list.
        var seen = new Dictionary<string, Listed>(attendance.Present.Count + attendance.Excused.Count + attendance.Unexcused.Count);
        foreach (var p in attendance.Present)
        {
            Add(p, present: true);
        }

        foreach (var e in attendance.Excused)
        {
            Add(e.Person, present: false);
        }

        foreach (var p in attendance.Unexcused)
        {
            Add(p, present: false);
        }

        // Holders in the order of their first proxy, each with the members who gave them one.
        var holders = new List<((string? Civility, string Name) Key, List<Absence> Givers)>();
        var holderIndex = new Dictionary<(string?, string), int>();
        foreach (var e in attendance.Excused)
        {
            if (e.Proxy is not { } proxy)
            {
                continue;
            }

            var key = (proxy.Civility, proxy.Name);
            if (!holderIndex.TryGetValue(key, out var k))
            {
                holderIndex.Add(key, holders.Count);
                holders.Add((key, [e]));
            }
            else
            {
                holders[k].Givers.Add(e);
            }
        }

        foreach (var (key, givers) in holders)
        {
            var proxy = givers[0].Proxy!;
            var isPresent = seen.TryGetValue(key.Name, out var listed) && (listed.Present & CivilityBit(key.Civility)) != 0;
            if (!isPresent && !(key.Civility is null && PresentByName(attendance.Present, key.Name)))
            {
                diagnostics.Warning("proxy-holder-not-present", proxy.Line, $"{proxy.Civility} {proxy.Name} reçoit un pouvoir mais n'est pas dans la liste des présents.");
            }

            if (givers.Count > 1)
            {
                diagnostics.Info(
                    "proxy-holder-multiple",
                    proxy.Line,
                    $"{proxy.Civility} {proxy.Name} détient {givers.Count} pouvoirs ({string.Join(", ", givers.Select(e => e.Person.Name))}) : permis seulement sous les règles d'urgence sanitaire.");
            }
        }

        void Add(Person p, bool present)
        {
            var bit = CivilityBit(p.Civility);
            ref var listed = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, p.Name, out _);
            if ((listed.Civilities & bit) != 0)
            {
                diagnostics.Warning("attendance-duplicate", p.Line, $"{p.Civility} {p.Name} figure deux fois dans les listes de présence.");
                return;
            }

            listed = new Listed((byte)(listed.Civilities | bit), present ? (byte)(listed.Present | bit) : listed.Present);
        }
    }

    /// <summary>
    /// A civility as one bit. The grammar gives only <see cref="French.Civility(string)"/>'s: none,
    /// <see cref="Person.Mister"/> or <see cref="Person.Madam"/>.
    /// </summary>
    private static byte CivilityBit(string? civility) => civility switch
    {
        null => 1,
        Person.Mister => 2,
        Person.Madam => 4,
        _ => 8,
    };

    private static bool PresentByName(IReadOnlyList<Person> present, string name)
    {
        foreach (var p in present)
        {
            if (p.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The list from <paramref name="label"/> characters into line <paramref name="from"/> to line
    /// <paramref name="to"/>, lines joined by a space; <paramref name="starts"/> gets where each line
    /// after the first starts.
    /// </summary>
    private static string Join(IReadOnlyList<SourceLine> lines, int from, int to, int label, List<int> starts)
    {
        var list = new StringBuilder(lines[from].Plain, label, lines[from].Plain.Length - label, lines[from].Plain.Length);
        for (var k = from + 1; k <= to; k++)
        {
            list.Append(' ');
            starts.Add(list.Length);
            list.Append(lines[k].Plain);
        }

        return list.ToString();
    }

    /// <summary>Which of the joined lines the character at <paramref name="offset"/> came from.</summary>
    private static int LineIndex(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static ListKind Kind(string label)
    {
        var folded = French.Fold(label);
        return folded.Contains("non excuse", StringComparison.Ordinal) ? ListKind.Unexcused
            : folded.Contains("excuse", StringComparison.Ordinal) || folded.Contains("represente", StringComparison.Ordinal) ? ListKind.Excused
            : folded.StartsWith("absent", StringComparison.Ordinal) ? ListKind.Unexcused
            : ListKind.Present;
    }

    [GeneratedRegex(@"^(?<label>Pr[ée]sents?|Absents?\s*(?:\(s\))?\s*non[\s-]+excus[ée]s?\s*(?:\(e?s\))?|Absents?\s*(?:\(s\))?[\s-]*excus[ée]s?\s*(?:\(e?s\))?|Excus[ée]s?|Absents?\s*(?:\(s\))?\s*repr[ée]sent[ée]s?|Absents?\s*(?:\(s\))?)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
