namespace Deliberations.Web.Data.Entities;

/// <summary>A named project that decisions approve or fund (<c>GrandLyon Connect Pro</c>, <c>Self data territorial</c>).</summary>
public sealed class Project
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Accent-, case- and punctuation-free name: the same project across decisions.</summary>
    public required string Key { get; set; }

    public required string Slug { get; set; }

    /// <summary>
    /// The decisions that name it, the sum of their stated amounts (null when none is stated) and the latest sitting
    /// among them: counted by the import for <c>/projets</c> and the API's list (<c>FundingTallies</c>).
    /// </summary>
    public int DecisionCount { get; set; }

    public decimal? Total { get; set; }

    public DateOnly? Latest { get; set; }

    public List<DecisionProject> Decisions { get; set; } = [];
}
