namespace Deliberations.Web.Data.Entities;

/// <summary>A project as one decision names it, with the amount the decision gives it when a table says.</summary>
public sealed class DecisionProject
{
    public int DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>Where the name was found: a heading, a quoted name, the title.</summary>
    public required string Source { get; set; }

    public int Line { get; set; }
}
