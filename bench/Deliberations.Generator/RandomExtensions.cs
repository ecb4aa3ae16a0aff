namespace Deliberations.Generator;

/// <summary>
/// Draws from the one <see cref="Random"/> of a run. Every choice goes through it, in a fixed order,
/// so that the same seed gives the same bytes.
/// </summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    /// <summary>An integer in [min, max], both included.</summary>
    public static int Between(this Random rng, int min, int max) => rng.Next(min, max + 1);

    /// <summary>A multiple of <paramref name="step"/> in [min, max]: clerks' figures are round.</summary>
    public static decimal Round(this Random rng, int min, int max, int step) => rng.Between(min / step, max / step) * (decimal)step;

    /// <summary><paramref name="count"/> distinct items, in the order drawn.</summary>
    public static List<T> Sample<T>(this Random rng, IReadOnlyList<T> items, int count)
    {
        var indices = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>(Math.Min(count, items.Count));
        for (var k = 0; k < count && indices.Count > 0; k++)
        {
            var i = rng.Next(indices.Count);
            picked.Add(items[indices[i]]);
            indices.RemoveAt(i);
        }

        return picked;
    }

    public static void Shuffle<T>(this Random rng, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
