using System.Text;

namespace Deliberations.Web.Features.Decisions;

/// <summary>Prepares a report's text for Markdown: the registers' tab-separated tables become pipe tables.</summary>
/// <remarks>
/// Left as they are, tab rows would render as one run-on paragraph, or as a code block when they start
/// with a tab. Blocks are found as the parser finds them: two or more consecutive lines holding a tab.
/// </remarks>
public static class ReportMarkdown
{
    public static string Prepare(string text)
    {
        var lines = text.Split('\n');
        var output = new StringBuilder(text.Length + 256);
        for (var i = 0; i < lines.Length;)
        {
            var end = i;
            while (end < lines.Length && IsTabRow(lines[end]))
            {
                end++;
            }

            if (end - i >= 2)
            {
                AppendTable(output, lines[i..end]);
                i = end;
                continue;
            }

            output.Append(lines[i]).Append('\n');
            i++;
        }

        return output.ToString();
    }

    private static bool IsTabRow(string line) => line.TrimEnd().Contains('\t', StringComparison.Ordinal);

    private static void AppendTable(StringBuilder output, string[] rows)
    {
        var cells = rows.Select(r => r.TrimEnd().Split('\t').Select(Cell).ToArray()).ToList();
        var width = cells.Max(c => c.Length);
        output.Append('\n');
        AppendRow(output, cells[0], width);
        output.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var row in cells.Skip(1))
        {
            AppendRow(output, row, width);
        }

        output.Append('\n');
    }

    private static void AppendRow(StringBuilder output, string[] row, int width)
    {
        output.Append('|');
        for (var c = 0; c < width; c++)
        {
            output.Append(' ').Append(c < row.Length ? row[c] : "").Append(" |");
        }

        output.Append('\n');
    }

    // A pipe inside a cell would split it in two.
    private static string Cell(string cell) => cell.Trim().Replace("|", "\\|", StringComparison.Ordinal);
}
