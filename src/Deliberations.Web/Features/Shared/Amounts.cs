namespace Deliberations.Web.Features.Shared;

/// <summary>Sums of amounts that the registers may leave unstated.</summary>
public static class Amounts
{
    /// <summary>The sum of the stated amounts; null when none is stated (a sum of nothing is not zero euros).</summary>
    public static decimal? Total(IEnumerable<decimal?> amounts)
    {
        decimal? total = null;
        foreach (var amount in amounts)
        {
            if (amount is { } a)
            {
                total = (total ?? 0) + a;
            }
        }

        return total;
    }
}
