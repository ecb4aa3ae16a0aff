using System.Text.RegularExpressions;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>
/// Reads a sitting's attendance from its minutes. Unlike an extract's, the lists are not single
/// paragraphs: a list goes on across blank lines while its lines still read as a list, and the
/// layout's noise between them (a column dump of counts and dates, page headers and footers, OCR
/// debris) is stepped over. Each line is classed by <see cref="AttendanceLine"/>; the names
/// themselves are read by <see cref="AttendanceListGrammar"/> in the layout's list style.
/// </summary>
public static class SittingAttendanceReader
{
    /// <summary>How many lines after the first list label the attendance may run.</summary>
    private const int Reach = 60;

    public static Attendance Read(SourceText source, int itemsStart, DiagnosticBag diagnostics) => Read(source, MinutesLayout.Lists, itemsStart, diagnostics);

    public static Attendance Read(SourceText source, ListStyle style, int itemsStart, DiagnosticBag diagnostics)
    {
        var lines = source.Lines;
        var start = FirstLabel(lines, itemsStart);
        var lists = new List<AttendanceList>();
        if (start < 0)
        {
            diagnostics.Warning("attendance-missing", 0, "Aucune liste de présence trouvée dans le procès-verbal.");
            return Attendance.Empty;
        }

        var end = Math.Min(Math.Min(lines.Count, start + Reach), itemsStart);
        var running = AttendanceLine.RunningLines(lines);
        AttendanceList? current = null;
        var gap = false;
        var unreadableLabel = false;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var kind = AttendanceLine.Classify(line.Plain, running);
            switch (kind)
            {
                case LineKind.Blank or LineKind.Noise:
                    gap |= kind == LineKind.Blank;
                    continue;
                case LineKind.Unreadable:
                    unreadableLabel = true;
                    continue;
                case LineKind.Label:
                    var label = AttendanceLine.Label(line.Plain)!;
                    current = new AttendanceList(label.Kind, line.Number);
                    lists.Add(current);
                    current.Add(label.Rest, line.Number);
                    break;
                case LineKind.ProxySentence:
                    if (current is not { Kind: ListKind.Excused })
                    {
                        current = new AttendanceList(ListKind.Excused, line.Number);
                        lists.Add(current);
                    }

                    current.Add(line.Plain, line.Number);
                    break;
                case LineKind.Content when unreadableLabel && AttendanceLine.LooksLikeList(line.Plain):
                    // Lists come as present, proxies, absent: a list whose label OCR lost after those is the absent.
                    diagnostics.Warning("attendance-label-unreadable", line.Number, $"Intitulé de liste illisible avant « {line.Plain} » : ces noms sont comptés absents.");
                    current = new AttendanceList(ListKind.Unexcused, line.Number);
                    lists.Add(current);
                    current.Add(line.Plain, line.Number);
                    break;
                case LineKind.Content when current is not null && (!gap || current.Unfinished || AttendanceLine.LooksLikeList(line.Plain)):
                    current.Add(line.Plain, line.Number);
                    break;
                default:
                    current = null;
                    break;
            }

            gap = false;
            unreadableLabel = false;
        }

        return Collect(lists, style, diagnostics);
    }

    private static int FirstLabel(IReadOnlyList<SourceLine> lines, int itemsStart)
    {
        for (var i = 0; i < Math.Min(lines.Count, itemsStart); i++)
        {
            if (AttendanceLine.Label(lines[i].Plain) is { Kind: ListKind.Present })
            {
                return i;
            }
        }

        return -1;
    }

    private static Attendance Collect(List<AttendanceList> lists, ListStyle style, DiagnosticBag diagnostics)
    {
        var attendance = new AttendanceBuilder();
        foreach (var list in lists)
        {
            var text = list.Text;
            var items = AttendanceListGrammar.Parse(text, list.Line, diagnostics, style);
            if (items.Count == 0 && text.Length > 0)
            {
                diagnostics.Warning("attendance-empty-list", list.Line, "Une liste de présence ne nomme aucun élu lisible.");
            }

            var cursor = 0;
            foreach (var item in items)
            {
                var person = item.Person with { Line = list.LineOf(item.Person.Name, ref cursor) };
                if (OcrDamage(person.Name))
                {
                    diagnostics.Warning("ocr-name", person.Line, $"Nom illisible ou abîmé par l'OCR : « {person.Name} ».");
                }

                attendance.Add(list.Kind, person, item.Proxy);
            }
        }

        return attendance.Build();
    }

    private static bool OcrDamage(string name) => name.Any(c => !char.IsLetter(c) && c is not ' ' and not '-' and not '\'' and not '’' and not '.');
}
