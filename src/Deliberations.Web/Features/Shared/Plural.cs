namespace Deliberations.Web.Features.Shared;

/// <summary>Counted nouns the French way: zero and one take the singular (<c>0 absent</c>, <c>1 élu</c>, <c>2 élus</c>).</summary>
public static class Plural
{
    public static string Count(int count, string singular, string plural) =>
        FrenchFormat.Number(count) + " " + (count is 0 or 1 ? singular : plural);
}
