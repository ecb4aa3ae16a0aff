using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Officials;

/// <summary>
/// A presence rate that says what it is taken over. Below <see cref="MinimumBase"/> decisions no
/// share is given, only the count: over fewer than ten, one decision moves the rate by more than ten
/// points, and a new official's "0 %" over a single decision reads like a verdict it is not. Ten is a
/// fraction of one Conseil sitting (dozens of decisions), so only someone listed in part of one sitting
/// or in a few Commission permanente decisions gets the count alone.
/// </summary>
public static class PresenceRate
{
    public const int MinimumBase = 10;

    /// <summary><c>3 sur 4</c>; <c>—</c> for someone never listed (named only in a header).</summary>
    public static string OutOf(int present, int listed) =>
        listed == 0 ? "—" : $"{FrenchFormat.Number(present)} sur {FrenchFormat.Number(listed)}";

    /// <summary><c>87,5 %</c>, or null below <see cref="MinimumBase"/> decisions.</summary>
    public static string? Share(int present, int listed) =>
        listed < MinimumBase ? null : FrenchFormat.Percent(100m * present / listed);

    /// <summary>For a table whose next column gives the base: <c>87,5 %</c>, or <c>0 sur 1</c> below the threshold.</summary>
    public static string Short(int present, int listed) => Share(present, listed) ?? OutOf(present, listed);
}
