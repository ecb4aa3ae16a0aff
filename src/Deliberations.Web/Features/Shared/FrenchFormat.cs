using System.Globalization;

namespace Deliberations.Web.Features.Shared;

/// <summary>
/// Numbers, amounts, dates and percentages written the French way, whatever the machine's culture.
/// </summary>
/// <remarks>
/// .NET's fr-FR groups thousands with U+202F, which some fonts lack and which older browsers let wrap;
/// a plain no-break space (U+00A0) is used everywhere instead, so <c>26 500 €</c> never breaks.
/// </remarks>
public static class FrenchFormat
{
    public const char NoBreakSpace = '\u00A0';

    /// <summary>fr-FR with U+00A0 as the group separator; also the request culture of the site.</summary>
    public static CultureInfo Culture { get; } = CreateCulture();

    /// <summary><c>26 500 €</c>; cents only when there are some: <c>1 234,50 €</c>.</summary>
    public static string Amount(decimal euros) =>
        euros.ToString(HasCents(euros) ? "#,##0.00" : "#,##0", Culture) + NoBreakSpace + "€";

    /// <summary>A count or a quantity: <c>1 234</c>, <c>12,5</c>.</summary>
    public static string Number(decimal value, int maxDecimals = 2) =>
        value.ToString(maxDecimals > 0 ? "#,##0." + new string('#', maxDecimals) : "#,##0", Culture);

    /// <summary>A percentage given out of 100: <c>Percent(93.5m)</c> is <c>93,5 %</c>.</summary>
    public static string Percent(decimal percentage, int maxDecimals = 1) =>
        Number(Math.Round(percentage, maxDecimals, MidpointRounding.AwayFromZero), maxDecimals) + NoBreakSpace + "%";

    /// <summary><c>13 décembre 2021</c>; the first of the month is <c>1er</c>, as French writes it.</summary>
    public static string Date(DateOnly date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(Culture)) + " " + date.ToString("MMMM yyyy", Culture);

    public static string Date(DateTime date) => Date(DateOnly.FromDateTime(date));

    private static bool HasCents(decimal euros) => decimal.Truncate(euros) != euros;

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("fr-FR").Clone();
        var numbers = culture.NumberFormat;
        numbers.NumberGroupSeparator = NoBreakSpace.ToString();
        numbers.CurrencyGroupSeparator = NoBreakSpace.ToString();
        numbers.PercentGroupSeparator = NoBreakSpace.ToString();
        numbers.CurrencySymbol = "€";
        return CultureInfo.ReadOnly(culture);
    }
}
