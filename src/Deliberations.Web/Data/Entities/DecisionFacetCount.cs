namespace Deliberations.Web.Data.Entities;

/// <summary>
/// How many decisions of a sitting (none: undated decisions) come from each commission and
/// rapporteur. The list of decisions reads its filters' counts and finds the sittings a page spans
/// here, a few thousand rows, rather than grouping every decision per request. Counted again in the
/// transaction of each batch of an import for the sittings it touched (<c>Import/FacetTallies</c>).
/// </summary>
public sealed class DecisionFacetCount
{
    public int Id { get; set; }

    /// <summary>The council of the decisions counted: an undated decision has no sitting to say it.</summary>
    public int CouncilId { get; set; } = Council.HomeId;

    public int? SittingId { get; set; }

    public Sitting? Sitting { get; set; }

    public string? Commission { get; set; }

    public int? RapporteurId { get; set; }

    public Official? Rapporteur { get; set; }

    public int Count { get; set; }
}
