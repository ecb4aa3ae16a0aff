using System.Text;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads <c>Présents</c>, <c>Absents excusés</c> (with proxies) and <c>Absents non excusés</c>.
/// Each list is one paragraph after its label, possibly wrapped over several lines; see
/// <see cref="AttendanceListGrammar"/> for the grammar of a list.
/// </summary>
public static class AttendanceReader
{
    public static Attendance Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics)
    {
        var lists = new AttendanceBuilder();
        var lines = source.Lines;
        var range = map.Attendance;
        var labels = map.Style.ListLabel;
        for (var i = range.Start; i < range.End && i < lines.Count; i++)
        {
            var label = labels.Match(lines[i].Plain);
            if (!label.Success)
            {
                if (!lines[i].IsBlank)
                {
                    diagnostics.Info("attendance-unplaced", lines[i].Number, "Ligne sans intitulé de liste de présence, ignorée.");
                }

                continue;
            }

            var kind = AttendanceBuilder.KindOf(label.Groups["label"].Value);
            var first = lines[i].Number;
            var firstLine = i;
            // A wrapped list goes on until a blank line or the next label.
            while (i + 1 < range.End && !lines[i + 1].IsBlank && !labels.IsMatch(lines[i + 1].Plain))
            {
                i++;
            }

            List<int> starts = [0];
            var text = Join(lines, firstLine, i, label.Length, starts);
            var items = AttendanceListGrammar.Parse(text, first, diagnostics, map.Style.Lists);
            if (items.Count == 0)
            {
                // A label left alone (a list cut off by a copy) would otherwise lose a whole list in silence.
                diagnostics.Warning("attendance-empty-list", first, $"La liste « {label.Groups["label"].Value} » ne nomme aucun élu lisible.");
            }

            var cursor = 0;
            foreach (var item in items)
            {
                // A wrapped list gives each name the line it is on. Names come in list order, so each is
                // looked for after the previous one: searching every line for every name made a list
                // wrapped over thousands of lines quadratic.
                var at = text.IndexOf(item.Person.Name, cursor, StringComparison.Ordinal);
                cursor = at < 0 ? cursor : at + item.Person.Name.Length;
                var person = item.Person with { Line = at < 0 ? first : first + LineIndex(starts, at) };
                lists.Add(kind, person, item.Proxy);
            }
        }

        var attendance = lists.Build();
        Check(attendance, diagnostics);
        return attendance;
    }

    private static void Check(Attendance attendance, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<(string?, string)>();
        foreach (var p in attendance.Present.Concat(attendance.Excused.Select(e => e.Person)).Concat(attendance.Unexcused))
        {
            if (!seen.Add((p.Civility, p.Name)))
            {
                diagnostics.Warning("attendance-duplicate", p.Line, $"{p.Civility} {p.Name} figure deux fois dans les listes de présence.");
            }
        }

        // Holders in the order of their first proxy, each with the members who gave them one.
        var holders = attendance.Excused.Where(e => e.Proxy is not null).GroupBy(e => (e.Proxy!.Civility, e.Proxy.Name));
        var present = attendance.Present.Select(p => (p.Civility, p.Name)).ToHashSet();
        foreach (var holder in holders)
        {
            var proxy = holder.First().Proxy!;
            if (!present.Contains(holder.Key) && !(holder.Key.Civility is null && attendance.Present.Any(p => p.Name == holder.Key.Name)))
            {
                diagnostics.Warning("proxy-holder-not-present", proxy.Line, $"{proxy.Civility} {proxy.Name} reçoit un pouvoir mais n'est pas dans la liste des présents.");
            }

            if (holder.Count() > 1)
            {
                diagnostics.Info(
                    "proxy-holder-multiple",
                    proxy.Line,
                    $"{proxy.Civility} {proxy.Name} détient {holder.Count()} pouvoirs ({string.Join(", ", holder.Select(e => e.Person.Name))}) : permis seulement sous les règles d'urgence sanitaire.");
            }
        }
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

}
