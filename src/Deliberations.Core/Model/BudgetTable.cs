namespace Deliberations.Core.Model;

/// <summary>A row of a budget table. <see cref="Values"/> has one cell per value column; null where the cell is empty or not a number.</summary>
public sealed record BudgetRow(string Label, IReadOnlyList<decimal?> Values, bool IsTotal, int Line);

/// <summary>
/// A table of amounts found in the report, either a pipe table or a tab-separated one.
/// <see cref="Columns"/> names the value columns (the label column is not listed).
/// </summary>
/// <param name="Caption">The heading the table stands under, when there is one.</param>
public sealed record BudgetTable(string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<BudgetRow> Rows, int Line);
