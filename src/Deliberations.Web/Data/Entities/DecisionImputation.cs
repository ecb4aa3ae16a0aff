namespace Deliberations.Web.Data.Entities;

/// <summary>Where the money of a decision is booked (budget, year, chapter, operation).</summary>
public sealed class DecisionImputation
{
    public int Id { get; set; }

    public int DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public decimal? Amount { get; set; }

    /// <summary><c>dépense</c> or <c>recette</c>.</summary>
    public string? Direction { get; set; }

    public string? Section { get; set; }

    public string? Budget { get; set; }

    /// <summary>The first financial year named; <see cref="Years"/> lists them all.</summary>
    public int? Year { get; set; }

    public List<int> Years { get; set; } = [];

    public string? Chapter { get; set; }

    public string? Operation { get; set; }

    public required string ArticleNumber { get; set; }

    public int Line { get; set; }
}
