using System.Text;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Web.Features.Decisions;

/// <summary>Prepares a report's text for Markdown: the registers' tab-separated tables become pipe tables.</summary>
/// <remarks>
/// Left as they are, tab rows would render as one run-on paragraph, or as a code block when they start
/// with a tab. The blocks are those the parser's own table reader finds, so the page lays out as a
/// table exactly what the parser read as one.
/// </remarks>
public static class ReportMarkdown
{
    public static string Prepare(string text)
    {
        var source = SourceText.FromString(text);
        var lines = source.Lines;
        var output = new StringBuilder(text.Length + 256);
        for (var i = 0; i < lines.Count;)
        {
            var grid = TableGridReader.TryRead(source, i, lines.Count);
            if (grid is { IsTabSeparated: true })
            {
                AppendTable(output, grid);
                i = grid.EndIndex;
                continue;
            }

            // A pipe table is Markdown already: its lines go through whole, as the parser reads them.
            for (var end = grid?.EndIndex ?? i + 1; i < end; i++)
            {
                output.Append(lines[i].Raw).Append('\n');
            }
        }

        return output.ToString();
    }

    private static void AppendTable(StringBuilder output, TableGrid grid)
    {
        var width = grid.Rows.Aggregate(grid.Header.Count, (max, row) => Math.Max(max, row.Count));
        output.Append('\n');
        AppendRow(output, grid.Header, width);
        output.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var row in grid.Rows)
        {
            AppendRow(output, row, width);
        }

        output.Append('\n');
    }

    private static void AppendRow(StringBuilder output, IReadOnlyList<string> row, int width)
    {
        output.Append('|');
        for (var c = 0; c < width; c++)
        {
            output.Append(' ').Append(c < row.Count ? Cell(row[c]) : "").Append(" |");
        }

        output.Append('\n');
    }

    // A pipe inside a cell would split it in two.
    private static string Cell(string cell) => cell.Trim().Replace("|", "\\|", StringComparison.Ordinal);
}
