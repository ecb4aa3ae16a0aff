namespace Deliberations.Web.Data.Entities;

/// <summary>An article of the operative part (<c>1° - Approuve : …</c>), sub-points included in its text.</summary>
public sealed class DecisionArticle
{
    public int Id { get; set; }

    public int DecisionId { get; set; }

    public int Position { get; set; }

    public required string Number { get; set; }

    public required string Text { get; set; }

    public int Line { get; set; }
}
