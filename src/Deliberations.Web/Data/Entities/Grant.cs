using Deliberations.Core.Model;

namespace Deliberations.Web.Data.Entities;

/// <summary>Money a decision gives an organisation, as the text states it.</summary>
public sealed class Grant
{
    public int Id { get; set; }

    public int DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>What the organisation is, as printed (<c>association</c>).</summary>
    public string? Nature { get; set; }

    /// <summary>What the text calls the money: grant, participation, other expense. Null for grants stored before the parser read it.</summary>
    public BeneficiaryKind? Kind { get; set; }

    public int Line { get; set; }
}
