using System.Globalization;
using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing;

/// <summary>The French formats of the registers: dates, amounts, civilities. Culture-free on purpose:
/// the machine's culture must never change what a document means.</summary>
public static partial class French
{
    private static readonly HashSet<string> MisterWords = new(["M", "MM", "MR", "MONSIEUR", "MESSIEURS"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> MadamWords = new(["MME", "MMES", "MADAME", "MESDAMES", "MLLE", "MADEMOISELLE"], StringComparer.OrdinalIgnoreCase);

    /// <summary>What follows an amount and is not part of it: the euro sign and spaces.</summary>
    private static readonly char[] AmountEnd = ['€', ' ', '\u00A0', '\u202F'];

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

    /// <summary>Finds the first date in <paramref name="text"/>: <c>jeudi 4 janvier 2018</c>, <c>1er mars 2019</c>, <c>16/01/2018</c>, <c>15.03.2006</c>.</summary>
    public static DateOnly? FindDate(string text)
    {
        for (var m = WordDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (Months.TryGetValue(m.Groups["month"].Value, out var month)
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
        var t = text.Trim().TrimEnd(AmountEnd).Trim();
        if (t.EndsWith("euros", StringComparison.OrdinalIgnoreCase))
        {
            t = t[..^5].Trim();
        }

        // The tax mark is cut by its own length: "12 000HT" has no space before it, and cutting at
        // the last space read it as 12 (and "HT" alone threw).
        var tax = t.EndsWith("HT", StringComparison.Ordinal) ? 2 : t.EndsWith("TTC", StringComparison.Ordinal) ? 3 : 0;
        if (tax > 0)
        {
            t = t[..^tax].TrimEnd(AmountEnd).Trim();
        }

        var m = Amount().Match(t);
        if (!m.Success)
        {
            return null;
        }

        // Thousands separators go; \d takes any Unicode digit, but only ASCII ones are kept.
        var integer = string.Concat(m.Groups["int"].Value.Where(char.IsAsciiDigit));
        var number = m.Groups["dec"].Success ? $"{integer}.{m.Groups["dec"].Value}" : integer;
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
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
    public static string? Civility(string word)
    {
        word = word.TrimEnd('.');
        return MisterWords.Contains(word) ? Model.Person.Mister
            : MadamWords.Contains(word) ? Model.Person.Madam
            : null;
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

    /// <summary>
    /// One amount, alone: thousands grouped by a space (plain, no-break, narrow or thin) or a dot (tried first, as many
    /// groups as follow, so <c>1.234.56</c> is 1234.56), then one or two decimals after a comma or a dot.
    /// </summary>
    [GeneratedRegex(@"^(?<int>\d{1,3}(?:[ \u00A0\u202F\u2009.]\d{3})+|\d+)(?:[,.](?<dec>\d{1,2}))?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<amount>\d{1,3}(?:[ \u00A0\u202F\u2009.]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*(?:€|euros?\b)")]
    private static partial Regex EuroAmount();
}
