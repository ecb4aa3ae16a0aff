namespace Deliberations.Web.Data.Entities;

/// <summary>A row of a budget table: one value per column, null where the cell is empty.</summary>
public sealed class BudgetLine
{
    public int Id { get; set; }

    public int TableId { get; set; }

    public int Position { get; set; }

    public required string Label { get; set; }

    public List<decimal?> Values { get; set; } = [];

    public bool IsTotal { get; set; }

    public int Line { get; set; }
}
