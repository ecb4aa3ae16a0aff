namespace Deliberations.Web.Features.Decisions;

/// <summary>A cell of a budget table; <see cref="Sum"/> is set on a total cell that does not add up.</summary>
public sealed record BudgetCell(decimal? Value, decimal? Sum = null)
{
    public bool IsMismatch => Sum is not null;
}

public sealed record BudgetRowView(string Label, IReadOnlyList<BudgetCell> Cells, bool IsTotal);

/// <summary>A total row whose printed value differs from the rows it sums.</summary>
public sealed record TotalMismatch(string Row, string Column, decimal Printed, decimal Sum);

/// <summary>A budget table as stored (corrections of the session applied), with its totals checked.</summary>
public sealed record BudgetTableView(string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<BudgetRowView> Rows, IReadOnlyList<TotalMismatch> Mismatches)
{
    public bool HasTotals => Rows.Any(r => r.IsTotal);

    /// <summary>
    /// Checks each total cell against the rows above it: those since the previous total (a sub-total), or
    /// all of them (a grand total after sub-totals, which the parser's stricter check reports as a mismatch).
    /// </summary>
    public static BudgetTableView Check(string? caption, IReadOnlyList<string> columns, IReadOnlyList<(string Label, IReadOnlyList<decimal?> Values, bool IsTotal)> rows)
    {
        var width = Math.Max(columns.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Values.Count));
        var section = new decimal[width];
        var sectionRows = new int[width];
        var all = new decimal[width];
        var allRows = new int[width];
        var views = new List<BudgetRowView>(rows.Count);
        var mismatches = new List<TotalMismatch>();
        foreach (var (label, values, isTotal) in rows)
        {
            var cells = new BudgetCell[width];
            for (var c = 0; c < width; c++)
            {
                var value = c < values.Count ? values[c] : null;
                cells[c] = new BudgetCell(value);
                if (!isTotal)
                {
                    if (value is { } v)
                    {
                        section[c] += v;
                        sectionRows[c]++;
                        all[c] += v;
                        allRows[c]++;
                    }

                    continue;
                }

                if (value is { } printed && allRows[c] > 0 && printed != section[c] && printed != all[c])
                {
                    var sum = sectionRows[c] > 0 ? section[c] : all[c];
                    cells[c] = new BudgetCell(printed, sum);
                    mismatches.Add(new TotalMismatch(label, c < columns.Count ? columns[c] : "", printed, sum));
                }

                section[c] = 0;
                sectionRows[c] = 0;
            }

            views.Add(new BudgetRowView(label, cells, isTotal));
        }

        return new BudgetTableView(caption, columns, views, mismatches);
    }
}
