using System.Text.RegularExpressions;

namespace Deliberations.Web.Data.Entities;

/// <summary>
/// How decision numbers sort in every list: as text, but each run of digits as the number it writes, so
/// that a sitting's item 9 comes before item 10 and <c>1 BIS</c> after 1 (minutes number their items
/// 1, 2 … 20; sorted as text they came out 1, 10 … 13, 2 … 9). The key is stored
/// (<see cref="Decision.OrderKey"/>) so that the indexes lists page on can serve it: each run of digits
/// written on ten digits at least, which Lyon's numbers (<c>2021-0801</c>) keep in their printed order.
/// Dashes count as one: Avranches prints <c>2017.07.04 – 1 BIS</c> with an en dash among items written
/// <c>2017.07.04 - 2</c>, and an en dash sorts after every digit.
/// </summary>
public static partial class DecisionOrder
{
    private const int Width = 10;

    public static string KeyOf(string number) =>
        Digits().Replace(Dashes().Replace(number, "-"), run => run.Value.TrimStart('0').PadLeft(Width, '0'));

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    /// <summary>Any dash (hyphen, en and em dashes…) and the minus sign.</summary>
    [GeneratedRegex(@"[\p{Pd}\u2212]", RegexOptions.CultureInvariant)]
    private static partial Regex Dashes();
}
