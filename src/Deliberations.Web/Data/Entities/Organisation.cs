namespace Deliberations.Web.Data.Entities;

/// <summary>An organisation that receives money from decisions (<c>Réseau des territoires innovants</c>).</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Acronym { get; set; }

    public required string Key { get; set; }

    public required string Slug { get; set; }

    public List<Grant> Grants { get; set; } = [];
}
