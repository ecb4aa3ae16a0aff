using Deliberations.Core.Model;

namespace Deliberations.Web.Data.Entities;

/// <summary>A correction read out in the session: the corrected text counts, the replaced one is kept.</summary>
public sealed class DecisionAmendment
{
    public int Id { get; set; }

    public int DecisionId { get; set; }

    public required string Target { get; set; }

    public required string CorrectedText { get; set; }

    public required string ReplacedText { get; set; }

    public List<AmendedValue> Changes { get; set; } = [];

    public int Line { get; set; }
}
