using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing.Layouts;

/// <summary>
/// How a layout prints an attendance list: its civilities, how a proxy is phrased, what a name may
/// look like and what separates two names. The grammar (<see cref="Readers.AttendanceListGrammar"/>)
/// is the same for every layout; only this data differs.
/// </summary>
/// <param name="Civility">A civility at the start of an item (<c>MM.</c>, <c>Mme</c>…), followed by a space or the end.</param>
/// <param name="Proxy">A proxy inside an item; group <c>holder</c> is who holds the vote.</param>
/// <param name="NameShape">What a surname may look like once the civility and the proxy are taken off.</param>
/// <param name="Separators">What separates two items besides commas, semicolons and <c>et</c>: e.g. <c> - </c>.</param>
/// <param name="CivilityStartsItem">A civility in the middle of an item starts a new one (a comma lost by the copy).</param>
/// <param name="Roles">Items that are a role, not a person (<c>adjoints</c>, <c>Maire</c>), folded.</param>
/// <param name="SplitFirstNames">Names are printed with first names or initials (<c>M. Hubert BRIGAND</c>), to be split off the surname.</param>
/// <param name="Note">A remark in parentheses that is neither name nor proxy (an arrival, a proxy's limit), to set aside.</param>
/// <param name="Collective">A civility shared by men and women (<c>MM et Mmes</c>): it gives no one a civility.</param>
public sealed record ListStyle(
    Regex Civility,
    Regex Proxy,
    Regex NameShape,
    IReadOnlyList<string> Separators,
    bool CivilityStartsItem,
    IReadOnlySet<string> Roles,
    bool SplitFirstNames,
    Regex? Note,
    Regex? Collective);
