namespace Deliberations.Web.Data.Entities;

/// <summary>
/// The imputations that name the same financial years, chapter and direction, counted and summed by
/// the import (<c>BudgetGroups</c>): what <c>/budget</c> reads for its filters, totals and chart. Summed
/// per request, the register's decimals were parsed three times (50 ms at 20,000 extracts); a
/// register holds a few dozen such groups per sitting.
/// </summary>
public sealed class BudgetGroup
{
    public int Id { get; set; }

    /// <summary>The sitting of the imputations' decisions (none: undated decisions): where a page of imputations falls.</summary>
    public int? SittingId { get; set; }

    public Sitting? Sitting { get; set; }

    public List<int> Years { get; set; } = [];

    public string? Chapter { get; set; }

    public string? Direction { get; set; }

    public int Count { get; set; }

    /// <summary>The sum of the stated amounts; null when none of the group's imputations states one.</summary>
    public decimal? Total { get; set; }
}
