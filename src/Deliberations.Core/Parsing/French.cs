using System.Globalization;
using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing;

/// <summary>The French formats of the registers: dates, amounts, civilities. Culture-free on purpose:
/// the machine's culture must never change what a document means.</summary>
public static partial class French
{
    private static readonly string[] MisterWords = ["M", "MM", "MR", "MONSIEUR", "MESSIEURS"];

    private static readonly string[] MadamWords = ["MME", "MMES", "MADAME", "MESDAMES", "MLLE", "MADEMOISELLE"];

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janvier"] = 1,
        ["fevrier"] = 2,
        ["février"] = 2,
        ["mars"] = 3,
        ["avril"] = 4,
        ["mai"] = 5,
        ["juin"] = 6,
        ["juillet"] = 7,
        ["aout"] = 8,
        ["août"] = 8,
        ["septembre"] = 9,
        ["octobre"] = 10,
        ["novembre"] = 11,
        ["decembre"] = 12,
        ["décembre"] = 12,
    };

    /// <summary>The months looked up by the slice of text that names them: every date of every header is read.</summary>
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds the first date in <paramref name="text"/>: <c>jeudi 4 janvier 2018</c>, <c>1er mars 2019</c>, <c>16/01/2018</c>, <c>15.03.2006</c>.</summary>
    public static DateOnly? FindDate(string text)
    {
        for (var m = WordDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (MonthLookup.TryGetValue(m.Groups["month"].ValueSpan, out var month)
                && TryDate(m.Groups["year"].ValueSpan, month, m.Groups["day"].ValueSpan, out var date))
            {
                return date;
            }
        }

        var n = NumericDate().Match(text);
        if (n.Success && int.TryParse(n.Groups["month"].ValueSpan, CultureInfo.InvariantCulture, out var numericMonth)
            && TryDate(n.Groups["year"].ValueSpan, numericMonth, n.Groups["day"].ValueSpan, out var numeric))
        {
            return numeric;
        }

        return null;
    }

    private static bool TryDate(ReadOnlySpan<char> year, int month, ReadOnlySpan<char> day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (y < 100)
        {
            y += 2000;
        }

        if (y is < 1900 or > 2200 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, d);
        return true;
    }

    /// <summary>
    /// Parses one amount in French notation: <c>26 500</c>, <c>902 000 €</c>, <c>180.000</c>,
    /// <c>609 796,07</c>, with plain, no-break or narrow no-break spaces as thousands separators.
    /// Returns null when the text is not a single amount.
    /// </summary>
    public static decimal? ParseAmount(string text)
    {
        var t = text.AsSpan().Trim();
        t = t.TrimEnd("€ \u00A0\u202F").Trim();
        if (t.EndsWith("euros", StringComparison.OrdinalIgnoreCase))
        {
            t = t[..^5].Trim();
        }

        // The tax mark is cut by its own length: "12 000HT" has no space before it, and cutting at
        // the last space read it as 12 (and "HT" alone threw).
        var tax = t.EndsWith("HT", StringComparison.Ordinal) ? 2 : t.EndsWith("TTC", StringComparison.Ordinal) ? 3 : 0;
        if (tax > 0)
        {
            t = t[..^tax].TrimEnd("€ \u00A0\u202F").Trim();
        }

        // Every cell of every budget table comes here: the cell is trimmed as a span and its shape
        // read in place, without a string or a match.
        if (!AmountShape(t, out var integerLength, out var decimals))
        {
            return null;
        }

        var integer = t[..integerLength];
        var dec = t.Slice(decimals.Start, decimals.Length);
        Span<char> digits = stackalloc char[integer.Length + 1 + dec.Length];
        var n = 0;
        foreach (var c in integer)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        if (decimals.Length > 0)
        {
            digits[n++] = '.';
            dec.CopyTo(digits[n..]);
            n += dec.Length;
        }

        return decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>
    /// Whether <paramref name="t"/> (trimmed) is an amount, as the pattern
    /// <c>^(?&lt;int&gt;\d{1,3}(?:[ \u00A0\u202F\u2009.]\d{3})+|\d+)(?:[,.](?&lt;dec&gt;\d{1,2}))?$</c> reads it:
    /// the length of the integer part and where the decimals stand (length 0 without). Written out
    /// for every table cell; the choices are tried in the pattern's order, thousands groups first,
    /// as many as follow and then fewer, so that <c>1.234.56</c> is still 1234.56.
    /// </summary>
    internal static bool AmountShape(ReadOnlySpan<char> t, out int integerLength, out (int Start, int Length) decimals)
    {
        var lead = DigitRun(t, 0);
        if (lead is >= 1 and <= 3)
        {
            var groups = 0;
            while (lead + (4 * groups) + 4 <= t.Length && t[lead + (4 * groups)] is ' ' or '\u00A0' or '\u202F' or '\u2009' or '.' && DigitRun(t, lead + (4 * groups) + 1) >= 3)
            {
                groups++;
            }

            for (var k = groups; k >= 1; k--)
            {
                if (EndsAmount(t, lead + (4 * k), out decimals))
                {
                    integerLength = lead + (4 * k);
                    return true;
                }
            }
        }

        integerLength = lead;
        decimals = default;
        return lead >= 1 && EndsAmount(t, lead, out decimals);
    }

    /// <summary>The pattern's tail <c>(?:[,.](?&lt;dec&gt;\d{1,2}))?$</c> from <paramref name="at"/>: two decimals, then one, then none.</summary>
    private static bool EndsAmount(ReadOnlySpan<char> t, int at, out (int Start, int Length) decimals)
    {
        if (at < t.Length && t[at] is ',' or '.')
        {
            for (var d = Math.Min(2, DigitRun(t, at + 1)); d >= 1; d--)
            {
                if (at + 1 + d == t.Length)
                {
                    decimals = (at + 1, d);
                    return true;
                }
            }
        }

        decimals = default;
        return at == t.Length;
    }

    /// <summary>How many decimal digits (<c>\d</c>: any Unicode one) follow from <paramref name="at"/>.</summary>
    private static int DigitRun(ReadOnlySpan<char> t, int at)
    {
        var n = 0;
        while (at + n < t.Length && char.IsDigit(t[at + n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>Every amount followed by the euro sign in a sentence, with its position: <c>soit 35 000 €</c>.</summary>
    public static IEnumerable<(decimal Amount, int Index)> FindEuroAmounts(string text)
    {
        for (var m = EuroAmount().Match(text); m.Success; m = m.NextMatch())
        {
            if (ParseAmount(m.Groups["amount"].Value) is { } amount)
            {
                yield return (amount, m.Index);
            }
        }
    }

    /// <summary>Maps a printed civility (<c>M.</c>, <c>MM.</c>, <c>Mme</c>, <c>Mmes</c>, <c>Monsieur</c>, <c>Madame</c>) to "M." or "Mme".</summary>
    public static string? Civility(string word) => Civility(word.AsSpan());

    public static string? Civility(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        foreach (var mister in MisterWords)
        {
            if (word.Equals(mister, StringComparison.OrdinalIgnoreCase))
            {
                return Model.Person.Mister;
            }
        }

        foreach (var madam in MadamWords)
        {
            if (word.Equals(madam, StringComparison.OrdinalIgnoreCase))
            {
                return Model.Person.Madam;
            }
        }

        return null;
    }

    /// <summary>Folds accents and case, for comparisons of labels that clerks type inconsistently.</summary>
    public static string Fold(string text)
    {
        // Parsing folds every label and name it compares: the common case (ASCII and the precomposed
        // letters of French) is mapped in one pass; anything else takes the full Unicode route.
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        }) is var fast && !fast.Contains('\0', StringComparison.Ordinal) ? fast : FoldSlow(text);
    }

    private static char FoldChar(char c) => c switch
    {
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
        'à' or 'â' or 'ä' or 'á' or 'À' or 'Â' or 'Ä' or 'Á' => 'a',
        'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
        'î' or 'ï' or 'í' or 'Î' or 'Ï' or 'Í' => 'i',
        'ô' or 'ö' or 'ó' or 'Ô' or 'Ö' or 'Ó' => 'o',
        'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' or 'Ú' => 'u',
        'ç' or 'Ç' => 'c',
        'ÿ' or 'Ÿ' => 'y',
        'ñ' or 'Ñ' => 'n',
        'œ' or 'Œ' => 'œ',
        'æ' or 'Æ' => 'æ',
        '\u00A0' or '\u202F' or '’' or '«' or '»' or '°' or '€' => c,
        _ => '\0',
    };

    private static string FoldSlow(string text)
    {
        var d = text.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Reduces a name to what survives retyping: lower case, no accents, letters and digits only, so that
    /// <c>Grand Lyon connect pro</c> and <c>GrandLyon Connect Pro</c> give the same key.
    /// </summary>
    public static string Key(string text)
    {
        var folded = Fold(text);
        var sb = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(?<day>\d{1,2})\s*(?:er|ER)?\s+(?<month>[A-Za-zéûÉÛ]+)\s+(?<year>\d{4})")]
    private static partial Regex WordDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2})[./-](?<month>\d{1,2})[./-](?<year>\d{4}|\d{2})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<amount>\d{1,3}(?:[ \u00A0\u202F\u2009.]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*(?:€|euros?\b)")]
    private static partial Regex EuroAmount();
}
