namespace Deliberations.Web.Features.Decisions;

/// <summary>
/// A budget table as stored, with what the parser's total check said of it: the page shows that
/// verdict rather than adding the rows up again, so it cannot contradict the diagnostics it lists.
/// </summary>
/// <param name="Mismatches">The parser's <see cref="MismatchCode"/> diagnostics on this table's total rows.</param>
public sealed record BudgetTableView(BudgetTableRecord Table, IReadOnlyList<DiagnosticRow> Mismatches)
{
    public const string MismatchCode = "table-total-mismatch";

    public bool HasTotals => Table.Rows.Any(r => r.IsTotal);

    /// <summary>Cells per row: a row may hold more values than the table has headings.</summary>
    public int Width => Math.Max(Table.Columns.Count, Table.Rows.Count == 0 ? 0 : Table.Rows.Max(r => r.Values.Count));

    public bool IsFlagged(BudgetRowRecord row) => row.IsTotal && Mismatches.Any(m => m.Line == row.Line);

    /// <summary>The tables of the decision, each with the diagnostics of its current text that fall on its total rows.</summary>
    public static IReadOnlyList<BudgetTableView> Of(DecisionRecord decision)
    {
        var mismatches = decision.Current.Diagnostics.Where(d => d.Code == MismatchCode).ToList();
        return [.. decision.BudgetTables.Select(t => new BudgetTableView(t, [.. mismatches.Where(m => t.Rows.Any(r => r.IsTotal && r.Line == m.Line))]))];
    }
}
