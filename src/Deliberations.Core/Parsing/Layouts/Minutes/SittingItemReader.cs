using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>
/// Reads the numbered items of minutes. A document numbers its items one way
/// (the layout's <see cref="Layout.ItemNumberings"/>): the first way that matches a line is the one used.
/// Plain numbers (<c>1)</c>, <c>2 –</c>) must follow each other: a stray <c>1 –</c> in an item's text is
/// not a heading. They may start again once, after an agenda (headings a line or two apart), which the
/// items proper then replace. An item runs to the next one; its amounts are the euro amounts of its text.
/// </summary>
public static partial class SittingItemReader
{
    public static IReadOnlyList<SittingItem> Read(SourceText source, DiagnosticBag diagnostics) => Read(source, MinutesLayout.ItemNumberings, diagnostics);

    public static IReadOnlyList<SittingItem> Read(SourceText source, IReadOnlyList<Regex> numberings, DiagnosticBag diagnostics)
    {
        var lines = source.Lines;
        var numbering = numberings.FirstOrDefault(r => lines.Any(l => r.IsMatch(l.Plain)));
        if (numbering is null)
        {
            return [];
        }

        var headings = new List<(int Index, string Number, string Title)>();
        var restarted = false;
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var m = numbering.Match(lines[i].Plain);
            if (!m.Success)
            {
                continue;
            }

            var number = Spaces().Replace(m.Groups["number"].Value, " ");
            if (int.TryParse(number, out var n) && headings.Count == 0 && n > 1)
            {
                // Items are numbered from 0 or 1: a "2)" first is a point of a text, not an item.
                continue;
            }

            if (int.TryParse(number, out n) && headings.Count > 0 && int.TryParse(headings[^1].Number, out var last) && n != last + 1)
            {
                if (n > 1 || restarted || !IsAgenda(headings))
                {
                    continue;
                }

                // An agenda comes once, before the items.
                headings.Clear();
                numbers.Clear();
                restarted = true;
            }

            var titleLine = i;
            if (m.Groups["title"].Length == 0 && i + 1 < lines.Count && Suffix().IsMatch(lines[i + 1].Plain))
            {
                // "2017.07.04 – 1" / "BIS": the number's suffix wrapped onto the next line.
                number = $"{number} {lines[i + 1].Plain}";
                titleLine = i + 1;
            }

            if (numbers.Add(number))
            {
                headings.Add((i, number, Title(lines, titleLine, titleLine == i ? m.Groups["title"].Value : "", numberings)));
            }
        }

        var items = new List<SittingItem>();
        for (var k = 0; k < headings.Count; k++)
        {
            var (index, number, title) = headings[k];
            var end = k + 1 < headings.Count ? headings[k + 1].Index : lines.Count;
            var text = string.Join(' ', lines.Skip(index).Take(end - index).Select(l => l.Plain));
            items.Add(new SittingItem(number, title, lines[index].Number, French.FindEuroAmounts(text).Select(a => a.Amount).ToList()));
            if (OcrNumber().IsMatch(number) || GluedTitle().IsMatch(title))
            {
                diagnostics.Warning("ocr-item-heading", lines[index].Number, $"Intitulé de point abîmé par l'OCR (lettre pour un chiffre ou mots collés) : « {number} {title} ».");
            }
        }

        return items;
    }

    /// <summary>Headings at most three lines apart on average: an agenda, not items with their text.</summary>
    private static bool IsAgenda(List<(int Index, string Number, string Title)> headings) =>
        headings.Count > 1 && (headings[^1].Index - headings[0].Index) <= 3 * (headings.Count - 1);

    /// <summary>The title on the heading's line, with the lines in capitals that continue it (titles in capitals wrap).</summary>
    private static string Title(IReadOnlyList<SourceLine> lines, int index, string first, IReadOnlyList<Regex> numberings)
    {
        var title = first.Trim();
        var capitals = title.Length == 0 || !title.Any(char.IsLower);
        for (var k = index + 1; capitals && k < Math.Min(lines.Count, index + 6); k++)
        {
            var next = lines[k].Plain;
            if (next.Length == 0)
            {
                continue;
            }

            if (next.Any(char.IsLower) || numberings.Any(r => r.IsMatch(next)))
            {
                break;
            }

            title = $"{title} {next}".Trim();
        }

        return title;
    }

    /// <summary>A letter where the item's number is (<c>2018.04.09 - I</c>).</summary>
    [GeneratedRegex(@"[-–]\s*[IlO]+$")]
    private static partial Regex OcrNumber();

    /// <summary>Words run together: OCR lost the spaces (<c>ADOPTIONDUCOMPTERENDU…</c>).</summary>
    [GeneratedRegex(@"\p{L}{25,}")]
    private static partial Regex GluedTitle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:bis|ter|quater)$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();
}
