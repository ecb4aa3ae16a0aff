namespace Deliberations.Web.Data.Entities;

/// <summary>An organisation that receives money from decisions (<c>Réseau des territoires innovants</c>).</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Acronym { get; set; }

    public required string Key { get; set; }

    public required string Slug { get; set; }

    /// <summary>
    /// The grants it receives, the sum of their stated amounts (null when none is stated) and the latest sitting
    /// among them: counted by the import for <c>/projets</c> and the API's list (<c>FundingTallies</c>).
    /// </summary>
    public int DecisionCount { get; set; }

    public decimal? Total { get; set; }

    public DateOnly? Latest { get; set; }

    public List<Grant> Grants { get; set; } = [];
}
