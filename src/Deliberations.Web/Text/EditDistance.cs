using System.Numerics;

namespace Deliberations.Web.Text;

/// <summary>
/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring letters each cost 1, the four slips a clerk's keyboard makes. Stops early past
/// <c>max</c>, since reconciliation only asks "is it 1 or 2?".
/// </summary>
public static class EditDistance
{
    public static int Compute(string a, string b, int max) => Compute(a, b, LetterSet(a), LetterSet(b), max);

    /// <summary>The same, with the words' letter sets (<see cref="LetterSet"/>) made beforehand: the search makes a name's once per data version.</summary>
    public static int Compute(string a, string b, ulong lettersOfA, ulong lettersOfB, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || LettersApart(lettersOfA, lettersOfB) > 2 * max)
        {
            return max + 1;
        }

        // Three rows on the stack: the search compares the query with hundreds of names per request.
        var width = b.Length + 1;
        var rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// A lower bound of twice the distance, in a few nanoseconds: each slip adds or removes at most
    /// two letters to the set of letters the two words use (a swap none). Letters are counted in a
    /// 64-bit set, where two letters may share a bit: that can only lower the count, never raise it.
    /// The search compares every word typed with every word of several hundred names, nearly all far apart.
    /// </summary>
    internal static int LettersApart(string a, string b) => LettersApart(LetterSet(a), LetterSet(b));

    private static int LettersApart(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>The letters of <paramref name="word"/> as a 64-bit set, for <see cref="LettersApart"/>.</summary>
    public static ulong LetterSet(string word)
    {
        var set = 0UL;
        foreach (var c in word)
        {
            set |= 1UL << (c & 63);
        }

        return set;
    }
}
