namespace Deliberations.Web.Features.Shared;

/// <summary>
/// Agreement instead of « (s) » and « (e) »: zero and one take the singular (<c>0 absent</c>, <c>1 élu</c>,
/// <c>2 élus</c>), and an official's words take the gender their civility gives (<c>Mme</c>: <c>listée</c>).
/// </summary>
public static class Plural
{
    public static string Count(int count, string singular, string plural) =>
        FrenchFormat.Number(count) + FrenchFormat.NoBreakSpace + Of(count, singular, plural);

    /// <summary>The word alone, for a sentence whose count is written elsewhere.</summary>
    public static string Of(int count, string singular, string plural) => count is 0 or 1 ? singular : plural;

    /// <summary>The feminine form for <c>Mme</c>, the masculine for <c>M.</c> or an unknown civility.</summary>
    public static string Agreed(string? civility, string masculine, string feminine) => civility == "Mme" ? feminine : masculine;
}
