using System.Globalization;
using System.Text;

namespace Deliberations.Generator;

/// <summary>
/// Dates and amounts written as the registers write them. Nothing here reads the machine's culture:
/// month and day names are spelled out, digits are grouped by hand.
/// </summary>
internal static class FrenchText
{
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';
    public const char ThinSpace = '\u2009';

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] Days = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    /// <summary><c>1er mars 2019</c>, <c>18 mars 2019</c>.</summary>
    public static string Date(DateOnly date) => $"{(date.Day == 1 ? "1er" : Int(date.Day))} {Months[date.Month - 1]} {Int(date.Year)}";

    /// <summary><c>mardi 26 février 2019</c>.</summary>
    public static string DateWithDay(DateOnly date) => $"{Days[(int)date.DayOfWeek]} {Date(date)}";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>26 500</c>, <c>609 796,07</c>: thousands grouped by <paramref name="separator"/>, cents only when there are some.</summary>
    public static string Amount(decimal value, char separator = ' ')
    {
        var cents = (long)decimal.Round(value * 100m, MidpointRounding.AwayFromZero);
        var whole = Int(cents / 100);
        var sb = new StringBuilder(whole.Length + 6);
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                sb.Append(separator);
            }

            sb.Append(whole[i]);
        }

        if (cents % 100 != 0)
        {
            sb.Append(',').Append((cents % 100).ToString("00", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The separator a clerk's tool put in one amount: mostly a plain space, sometimes the no-break
    /// spaces word processors insert, which the parser must read the same way.
    /// </summary>
    public static char Separator(Random rng) => rng.NextDouble() switch
    {
        < 0.82 => ' ',
        < 0.92 => NoBreakSpace,
        < 0.98 => NarrowNoBreakSpace,
        _ => ThinSpace,
    };

    /// <summary><c>26 500 €</c> with a drawn separator, the same one before the euro sign.</summary>
    public static string Euros(decimal value, Random rng)
    {
        var separator = Separator(rng);
        return $"{Amount(value, separator)}{(separator == ThinSpace ? ' ' : separator)}€";
    }

    /// <summary><c>16ème</c>: the registers' ordinal for editions.</summary>
    public static string Ordinal(int n) => n == 1 ? "1ère" : $"{Int(n)}ème";

    /// <summary>A number under twenty written out, as the reports do for counts of projects or communes.</summary>
    public static string Count(int n) => n switch
    {
        2 => "deux",
        3 => "trois",
        4 => "quatre",
        5 => "cinq",
        6 => "six",
        7 => "sept",
        8 => "huit",
        _ => Int(n),
    };

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
