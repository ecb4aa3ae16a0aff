namespace Deliberations.Web.Features.Api;

/// <summary>
/// Amounts without the trailing zeros storage adds: EF Core keeps SQLite decimals as text with at least
/// one decimal place, so 26 500 € would read back as <c>26500.0</c>. Same value, but the data should
/// look like what the register printed, in JSON and CSV alike.
/// </summary>
public static class PlainNumber
{
    // Dividing by one with a long scale makes decimal drop the zeros it does not need.
    public static decimal Of(decimal value) => value / 1.000000000000000000000000000000000m;

    public static decimal? Of(decimal? value) => value is { } v ? Of(v) : null;

    public static List<decimal?> Of(IEnumerable<decimal?> values) => [.. values.Select(Of)];
}
