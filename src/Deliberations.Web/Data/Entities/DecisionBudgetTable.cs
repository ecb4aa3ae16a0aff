namespace Deliberations.Web.Data.Entities;

/// <summary>A table of amounts from the report, after the corrections read out in the session.</summary>
public sealed class DecisionBudgetTable
{
    public int Id { get; set; }

    public int DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public int Position { get; set; }

    public string? Caption { get; set; }

    /// <summary>The value columns' headings (the label column is not listed).</summary>
    public List<string> Columns { get; set; } = [];

    public int Line { get; set; }

    public List<BudgetLine> Lines { get; set; } = [];
}
