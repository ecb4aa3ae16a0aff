using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads tables of amounts within a range of lines: pipe tables (cells may hold <c>&lt;b&gt;</c>) and
/// tab-separated tables (empty first header cell). A two-sided table (expenses | amount | revenues |
/// amount) becomes two tables. A table with no amount in it is not a budget table.
/// </summary>
public static class BudgetTableReader
{
    public static IReadOnlyList<BudgetTable> Read(SourceText source, LineRange range, DiagnosticBag diagnostics)
    {
        var tables = new List<BudgetTable>();
        string? caption = null;
        for (var i = range.Start; i < range.End && i < source.Lines.Count; i++)
        {
            var grid = TableGridReader.TryRead(source, i, Math.Min(range.End, source.Lines.Count));
            if (grid is null)
            {
                if (HeadingLine.IsHeading(source.Lines[i]))
                {
                    caption = source.Lines[i].Plain.Trim('"', ' ');
                }

                continue;
            }

            i = grid.EndIndex - 1;
            var found = FromGrid(grid, caption, diagnostics);
            if (found.Count == 0)
            {
                diagnostics.Info("table-not-budget", grid.Line, "Tableau sans montant : il n'est pas lu comme un tableau budgétaire.");
            }

            tables.AddRange(found);
        }

        return tables;
    }

    private static List<BudgetTable> FromGrid(TableGrid grid, string? caption, DiagnosticBag diagnostics)
    {
        var header = grid.Header.Select(Markup.ToPlain).ToArray();
        var twoSided = header.Length == 4 && header[0].Length > 0 && header[1].Length == 0 && header[2].Length > 0 && header[3].Length == 0;
        if (twoSided)
        {
            var left = Build(grid, $"{caption} — {Side(header[0])}", [header[0]], 0, 1, diagnostics);
            var right = Build(grid, $"{caption} — {Side(header[2])}", [header[2]], 2, 1, diagnostics);
            return [.. new[] { left, right }.OfType<BudgetTable>()];
        }

        var table = Build(grid, caption, header[1..], 0, header.Length - 1, diagnostics);
        return table is null ? [] : [table];
    }

    /// <summary>"Dépenses (en €)" → "Dépenses": the side's name without its unit.</summary>
    private static string Side(string header)
    {
        var paren = header.IndexOf('(', StringComparison.Ordinal);
        return (paren > 0 ? header[..paren] : header).Trim();
    }

    private static BudgetTable? Build(TableGrid grid, string? caption, string[] columns, int labelColumn, int valueCount, DiagnosticBag diagnostics)
    {
        var rows = new List<BudgetRow>();
        var anyValue = false;
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var cells = grid.Rows[r];
            if (labelColumn >= cells.Count)
            {
                continue;
            }

            var label = Markup.ToPlain(cells[labelColumn]);
            var values = new decimal?[valueCount];
            var unreadable = false;
            for (var c = 0; c < valueCount; c++)
            {
                var index = labelColumn + 1 + c;
                var text = index < cells.Count ? Markup.ToPlain(cells[index]) : string.Empty;
                values[c] = French.ParseAmount(text);
                unreadable |= values[c] is null && text.Length > 0 && text != "-";
            }

            if (label.Length == 0 && values.All(v => v is null))
            {
                continue;
            }

            if (unreadable)
            {
                diagnostics.Warning("table-cell-unreadable", grid.RowLines[r], $"Montant illisible dans la ligne « {label} ».");
            }

            anyValue |= values.Any(v => v is not null);
            rows.Add(new BudgetRow(label, values, IsTotal(label, cells[labelColumn]), grid.RowLines[r]));
        }

        return anyValue ? new BudgetTable(caption, columns, rows, grid.Line) : null;
    }

    private static bool IsTotal(string label, string rawLabel)
    {
        var folded = French.Fold(label);
        return folded.StartsWith("total", StringComparison.Ordinal)
            || folded.StartsWith("cout total", StringComparison.Ordinal)
            || folded.StartsWith("sous-total", StringComparison.Ordinal)
            || folded.StartsWith("montant total", StringComparison.Ordinal)
            || (rawLabel.Contains("<b>", StringComparison.OrdinalIgnoreCase) && folded.Contains("total", StringComparison.Ordinal));
    }
}
