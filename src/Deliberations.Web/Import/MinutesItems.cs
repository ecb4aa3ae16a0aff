using System.Globalization;
using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Web.Import;

/// <summary>
/// The minutes of a sitting as the decisions it took, each read as an extract would be: the sitting's
/// header and attendance (one list for every item, as the minutes print it once, but for whoever they say
/// arrived, left or gave a proxy for some items only: <see cref="Attendance.For"/>), the item's number
/// and title, its span of the text as its report, and what the parser found within that span (tables,
/// amounts, beneficiaries). Minutes with no item the parser could tell apart are one decision, the whole
/// sitting, so their attendance is kept all the same.
/// </summary>
public static partial class MinutesItems
{
    /// <summary>The decisions of <paramref name="minutes"/>, with their store numbers; none when the sitting has no date to number them by.</summary>
    public static IReadOnlyList<ParsedExtract> Split(ParsedExtract minutes)
    {
        if (minutes.Header.SessionDate is not { } date)
        {
            return [];
        }

        var text = minutes.Source.Text;
        var lineStarts = LineStarts(text);
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (minutes.Items.Count == 0)
        {
            return [Item(minutes, day, minutes.Header.Title ?? "Séance (points non distingués)", minutes.Header.TitleLine, 1, lineStarts.Count + 1, lineStarts, text)];
        }

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ParsedExtract>();
        for (var i = 0; i < minutes.Items.Count; i++)
        {
            var item = minutes.Items[i];
            var end = i + 1 < minutes.Items.Count ? minutes.Items[i + 1].Line : lineStarts.Count + 1;
            var number = StoreNumber(item.Number, day, i);
            if (!numbers.Add(number))
            {
                number = $"{number} (ligne {item.Line.ToString(CultureInfo.InvariantCulture)})";
                numbers.Add(number);
            }

            items.Add(Item(minutes, number, item.Title, item.Line, item.Line, end, lineStarts, text) with
            {
                Attendance = minutes.Attendance.For(Ordinal(item.Number, i)),
                SittingAttendance = minutes.Attendance,
            });
        }

        return items;
    }

    /// <summary>
    /// The number as printed when it carries a year (<c>2013.02.04 - 1</c>, <c>2014/25</c>): unique within
    /// the council. A bare <c>3</c> starts again at each sitting, so it is given the sitting's day.
    /// </summary>
    private static string StoreNumber(string? printed, string day, int index) =>
        printed is null ? $"{day}-{(index + 1).ToString(CultureInfo.InvariantCulture)}"
        : Year().IsMatch(printed) ? printed
        : $"{day}-{printed}";

    /// <summary>
    /// The item's number as the minutes count their items, which a note of the attendance names
    /// (<c>à partir de la question n°14</c>): <c>2017.07.04 - 14</c> is 14, <c>1 BIS</c> 1; its rank when it has none.
    /// </summary>
    private static int Ordinal(string? printed, int index) =>
        printed is not null && ItemOrdinal().Match(printed) is { Success: true } ordinal
            ? int.Parse(ordinal.Groups["ordinal"].Value, CultureInfo.InvariantCulture)
            : index + 1;

    private static ParsedExtract Item(ParsedExtract minutes, string number, string title, int titleLine, int first, int end, List<int> lineStarts, string text)
    {
        bool Within(int line) => line >= first && line < end;
        var start = lineStarts[first - 1];
        var stop = end - 1 < lineStarts.Count ? lineStarts[end - 1] : text.Length;
        var articles = minutes.OperativePart.Articles.Where(a => Within(a.Line)).ToList();
        return minutes with
        {
            Header = minutes.Header with { Number = number, Title = title, TitleLine = titleLine, Lines = minutes.Header.Lines with { Number = titleLine } },
            Report = new Report(text[start..stop], [.. minutes.Report.Headings.Where(h => Within(h.Line))], first, start),
            OperativePart = articles.Count > 0 ? minutes.OperativePart with { Articles = articles } : OperativePart.Empty with { Verb = minutes.OperativePart.Verb },
            BudgetTables = [.. minutes.BudgetTables.Where(t => Within(t.Line))],
            Imputations = [.. minutes.Imputations.Where(x => Within(x.Line))],
            Amendments = [.. minutes.Amendments.Where(x => Within(x.Line))],
            Projects = [.. minutes.Projects.Where(x => Within(x.Line))],
            Beneficiaries = [.. minutes.Beneficiaries.Where(x => Within(x.Line))],
            Items = [],
        };
    }

    /// <summary>Where each 1-based line starts in the text.</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<!\d)(?<ordinal>\d{1,3})(?:\s*BIS)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemOrdinal();
}
