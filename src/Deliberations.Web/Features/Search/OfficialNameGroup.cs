using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// One name as search shows it, with each term the registers list it in: a re-elected official is one
/// record per term, and two identical lines (« M. Kabalo », « M. Kabalo ») would leave a reader to guess.
/// Two first names that differ are two people and stay apart; a first name printed in one term and not
/// in the other does not tell them apart.
/// </summary>
public sealed record OfficialNameGroup(OfficialName Name, IReadOnlyList<OfficialHit> Terms)
{
    /// <summary>Groups hits in the order given (latest term first within a name), each group named as its first hit.</summary>
    public static IReadOnlyList<OfficialNameGroup> Of(IEnumerable<OfficialHit> hits)
    {
        var groups = new List<OfficialNameGroup>();
        foreach (var hit in hits)
        {
            var index = groups.FindIndex(g => g.Terms.All(t => SameName(t.Name, hit.Name)));
            if (index < 0)
            {
                groups.Add(new OfficialNameGroup(hit.Name, [hit]));
            }
            else
            {
                groups[index] = groups[index] with { Terms = [.. groups[index].Terms, hit] };
            }
        }

        return groups;
    }

    private static bool SameName(OfficialName a, OfficialName b) =>
        a.Civility == b.Civility
        && string.Equals(a.Surname, b.Surname, StringComparison.OrdinalIgnoreCase)
        && (a.FirstName is null || b.FirstName is null || string.Equals(a.FirstName, b.FirstName, StringComparison.OrdinalIgnoreCase));
}
