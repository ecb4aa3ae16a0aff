namespace Deliberations.Web.Data.Entities;

/// <summary>One sitting of a body (<c>Conseil du 18 mars 2019</c>); its decisions share the date and the attendance.</summary>
public sealed class Sitting
{
    public int Id { get; set; }

    /// <summary>The council that sat.</summary>
    public int CouncilId { get; set; } = Council.HomeId;

    public required string Body { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The first day of the council term the sitting belongs to (see <c>Deliberations:Terms</c>).</summary>
    public DateOnly TermStart { get; set; }

    public int? MembersInOffice { get; set; }

    /// <summary>
    /// The sitting's decisions, and the officials present at one of them at least: counted by the
    /// import for the sittings it touched (<c>SittingTallies</c>). Counted per request, the distinct
    /// present of each sitting of a page cost 100 ms of <c>/seances</c> at 20,000 extracts.
    /// </summary>
    public int DecisionCount { get; set; }

    public int PresentCount { get; set; }

    /// <summary>The budget tables of its decisions: where a page of <c>/budget</c>'s tables falls (<c>SittingSpan</c>).</summary>
    public int BudgetTableCount { get; set; }

    public List<Decision> Decisions { get; set; } = [];
}
