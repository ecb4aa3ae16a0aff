namespace Deliberations.Web.Data.Entities;

/// <summary>A named project that decisions approve or fund (<c>GrandLyon Connect Pro</c>, <c>Self data territorial</c>).</summary>
public sealed class Project
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Accent-, case- and punctuation-free name: the same project across decisions.</summary>
    public required string Key { get; set; }

    public required string Slug { get; set; }

    public List<DecisionProject> Decisions { get; set; } = [];
}
