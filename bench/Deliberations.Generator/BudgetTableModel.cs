using System.Text;

namespace Deliberations.Generator;

internal enum TableLayout
{
    /// <summary><c>| Dépenses (en €) |  | Recettes (en €) |  |</c>: expenses and revenues side by side (seed 003).</summary>
    PipeTwoSided,

    /// <summary>A Markdown pipe table with one label column and value columns.</summary>
    Pipe,

    /// <summary>Tab-separated, empty first header cell, <c>&lt;b&gt;</c> on the total row (seed 004).</summary>
    Tab,
}

internal sealed record TableRow(string Label, decimal?[] Values);

/// <summary>
/// A budget table before it is printed: rows, and a total row that is always their sum, so that
/// the parser's total check must pass. A two-sided table keeps its revenues in <see cref="Right"/>.
/// </summary>
internal sealed class BudgetTableModel
{
    public required TableLayout Layout { get; init; }

    /// <summary>First header cell of a pipe table (<c>Bénéficiaire</c>); the left header of a two-sided one.</summary>
    public string LabelHeader { get; init; } = "";

    /// <summary>Value column headers; for a two-sided table, the right header alone.</summary>
    public required string[] Columns { get; init; }

    public required List<TableRow> Rows { get; init; }

    public List<TableRow> Right { get; init; } = [];

    public string TotalLabel { get; init; } = "Total";

    /// <summary>Whether the total row's cells are wrapped in <c>&lt;b&gt;</c>, as the seeds do.</summary>
    public bool Bold { get; init; } = true;

    /// <summary>Whether pipe cells are padded to the column width, as Markdown formatters leave them.</summary>
    public bool Padded { get; init; }

    /// <summary>One separator per table: a document's tables come from one tool.</summary>
    public char Separator { get; init; } = ' ';

    public decimal?[] Totals(List<TableRow> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Values.Length);
        var totals = new decimal?[width];
        for (var c = 0; c < width; c++)
        {
            var values = rows.Select(r => c < r.Values.Length ? r.Values[c] : null).Where(v => v is not null).ToList();
            totals[c] = values.Count == 0 ? null : values.Sum(v => v!.Value);
        }

        return totals;
    }

    /// <summary>What the parser should give back: one table, or two for a two-sided one.</summary>
    public IEnumerable<ExpectedTable> Expected()
    {
        yield return new ExpectedTable(Rows.Count + 1, Totals(Rows));
        if (Layout == TableLayout.PipeTwoSided)
        {
            yield return new ExpectedTable(Right.Count + 1, Totals(Right));
        }
    }

    /// <summary>The same table with one value changed and the total following it: what an amendment corrects.</summary>
    public BudgetTableModel With(int row, int column, decimal value, bool right = false)
    {
        List<TableRow> Change(List<TableRow> rows) =>
            [.. rows.Select((r, i) => i == row ? r with { Values = [.. r.Values.Select((v, c) => c == column ? value : v)] } : r)];

        return new BudgetTableModel
        {
            Layout = Layout,
            LabelHeader = LabelHeader,
            Columns = Columns,
            Rows = right ? Rows : Change(Rows),
            Right = right ? Change(Right) : Right,
            TotalLabel = TotalLabel,
            Bold = Bold,
            Padded = Padded,
            Separator = Separator,
        };
    }

    public string Render() => Layout switch
    {
        TableLayout.Tab => RenderTab(),
        TableLayout.Pipe => RenderPipe([[LabelHeader, .. Columns], .. Rows.Select(Cells), TotalCells(Rows)]),
        _ => RenderPipe(TwoSidedGrid()),
    };

    private string[] Cells(TableRow row) => [row.Label, .. row.Values.Select(Value)];

    private string[] TotalCells(List<TableRow> rows) => [Bolden(TotalLabel), .. Totals(rows).Select(v => Bolden(Value(v)))];

    private string Value(decimal? value) => value is { } v ? FrenchText.Amount(v, Separator) : "-";

    private string Bolden(string text) => Bold ? $"<b>{text}</b>" : text;

    private List<string[]> TwoSidedGrid()
    {
        var grid = new List<string[]> { new[] { LabelHeader, "", Columns[0], "" } };
        for (var i = 0; i < Math.Max(Rows.Count, Right.Count); i++)
        {
            var left = i < Rows.Count ? Cells(Rows[i]) : ["", ""];
            var right = i < Right.Count ? Cells(Right[i]) : ["", ""];
            grid.Add([.. left, .. right]);
        }

        var leftTotal = TotalCells(Rows);
        var rightTotal = TotalCells(Right);
        grid.Add([.. leftTotal, .. rightTotal]);
        return grid;
    }

    private string RenderPipe(List<string[]> grid)
    {
        var widths = new int[grid[0].Length];
        if (Padded)
        {
            foreach (var row in grid)
            {
                for (var c = 0; c < row.Length; c++)
                {
                    widths[c] = Math.Max(widths[c], Math.Max(3, row[c].Length));
                }
            }
        }

        var sb = new StringBuilder();
        for (var r = 0; r < grid.Count; r++)
        {
            AppendRow(grid[r]);
            if (r == 0)
            {
                AppendRow([.. widths.Select(w => new string('-', Math.Max(3, w)))]);
            }
        }

        return sb.ToString().TrimEnd('\n');

        void AppendRow(string[] cells)
        {
            sb.Append('|');
            for (var c = 0; c < cells.Length; c++)
            {
                sb.Append(' ').Append(cells[c].PadRight(widths[c])).Append(" |");
            }

            sb.Append('\n');
        }
    }

    private string RenderTab()
    {
        var sb = new StringBuilder();
        sb.Append('\t').Append(string.Join('\t', Columns)).Append('\n');
        foreach (var row in Rows)
        {
            sb.Append(string.Join('\t', Cells(row))).Append('\n');
        }

        sb.Append(string.Join('\t', TotalCells(Rows)));
        return sb.ToString();
    }
}
