using System.Text;

namespace Deliberations.Generator;

internal enum Presence
{
    Present,
    Excused,
    Unexcused,
}

/// <summary>
/// Who sat, for one sitting and then for each decision of it (members leave and come back during a
/// sitting). Every member of the body in office is listed exactly once; an excused member mostly
/// gives a proxy to a present one.
/// </summary>
internal sealed class AttendanceSheet
{
    private readonly Dictionary<int, Presence> _status;
    private readonly Dictionary<int, Member> _proxies;

    private AttendanceSheet(IReadOnlyList<Member> members, Dictionary<int, Presence> status, Dictionary<int, Member> proxies, IReadOnlyDictionary<int, string> spellings, IReadOnlyDictionary<int, int> excusedOrder, int proxiesPerHolder)
    {
        Members = members;
        _status = status;
        _proxies = proxies;
        Spellings = spellings;
        ExcusedOrder = excusedOrder;
        ProxiesPerHolder = proxiesPerHolder;
    }

    /// <summary>Every member of the body in office, in the order the lists print them.</summary>
    public IReadOnlyList<Member> Members { get; }

    /// <summary>Typing slips of this sitting's lists: the same template serves all its decisions.</summary>
    public IReadOnlyDictionary<int, string> Spellings { get; }

    /// <summary>2020-2026 lists print the excused in no evident order; this is that order.</summary>
    public IReadOnlyDictionary<int, int> ExcusedOrder { get; }

    /// <summary>One proxy each, two under the 2020-2022 health emergency rules.</summary>
    public int ProxiesPerHolder { get; }

    public IEnumerable<Member> Present => Members.Where(m => _status[m.Id] == Presence.Present);

    public IEnumerable<Member> Excused => Members.Where(m => _status[m.Id] == Presence.Excused);

    public IEnumerable<Member> Unexcused => Members.Where(m => _status[m.Id] == Presence.Unexcused);

    public Member? ProxyOf(Member member) => _proxies.GetValueOrDefault(member.Id);

    public bool IsPresent(Member member) => _status[member.Id] == Presence.Present;

    public string Spelling(Member member) => Spellings.GetValueOrDefault(member.Id, member.Surname);

    public static AttendanceSheet ForSitting(Random rng, IReadOnlyList<Member> members, Member president, bool conseil, int proxiesPerHolder, IReadOnlySet<string> takenKeys)
    {
        var status = new Dictionary<int, Presence>();
        foreach (var m in members)
        {
            var draw = rng.NextDouble();
            status[m.Id] = m == president ? Presence.Present
                : draw < (conseil ? 0.012 : 0.004) ? Presence.Unexcused
                : draw < (conseil ? 0.10 : 0.06) ? Presence.Excused
                : Presence.Present;
        }

        var spellings = new Dictionary<int, string>();
        foreach (var m in members)
        {
            // About one printed name in two hundred carries a slip; never one that is another member's name.
            if (rng.Chance(1.0 / 200))
            {
                var slipped = NamePool.Slip(m.Surname, rng);
                if (!takenKeys.Contains(NamePool.Key(slipped)))
                {
                    spellings[m.Id] = slipped;
                }
            }
        }

        var order = Enumerable.Range(0, members.Count).ToList();
        rng.Shuffle(order);
        var excusedOrder = members.Select((m, i) => (m.Id, order[i])).ToDictionary(p => p.Id, p => p.Item2);
        var sheet = new AttendanceSheet(members, status, [], spellings, excusedOrder, proxiesPerHolder);
        foreach (var m in members.Where(m => status[m.Id] == Presence.Excused))
        {
            if (rng.Chance(0.85))
            {
                sheet.GiveProxy(rng, m, president);
            }
        }

        return sheet;
    }

    /// <summary>
    /// This sitting's sheet for one decision: sometimes a member has left (and mostly left a proxy),
    /// sometimes one who was excused has arrived. The president and the rapporteur stay.
    /// </summary>
    public AttendanceSheet ForDecision(Random rng, Member president, Member rapporteur)
    {
        var sheet = new AttendanceSheet(Members, new Dictionary<int, Presence>(_status), new Dictionary<int, Member>(_proxies), Spellings, ExcusedOrder, ProxiesPerHolder);
        if (rng.Chance(0.3))
        {
            var leaving = rng.Pick(Members);
            if (sheet.IsPresent(leaving) && leaving != president && leaving != rapporteur && !sheet._proxies.Values.Contains(leaving))
            {
                sheet._status[leaving.Id] = Presence.Excused;
                if (rng.Chance(0.7))
                {
                    sheet.GiveProxy(rng, leaving, president);
                }
            }
        }

        if (rng.Chance(0.1))
        {
            var arriving = rng.Pick(Members);
            if (sheet._status[arriving.Id] == Presence.Excused)
            {
                sheet._status[arriving.Id] = Presence.Present;
                sheet._proxies.Remove(arriving.Id);
            }
        }

        return sheet;
    }

    /// <summary>The three lists as printed, after their labels, each ending with a full stop.</summary>
    public (string Present, string? Excused, string? Unexcused) Render(bool grouped)
    {
        var excused = Excused.ToList();
        if (!grouped)
        {
            excused.Sort((a, b) => ExcusedOrder[a.Id].CompareTo(ExcusedOrder[b.Id]));
        }

        var present = List(Present.Select(m => (m.Civility, Spelling(m))), grouped);
        var excusedText = excused.Count == 0 ? null : List(excused.Select(m => (m.Civility, Spelling(m) + ProxyText(m))), grouped);
        var unexcused = Unexcused.ToList();
        var unexcusedText = unexcused.Count == 0 ? null : List(unexcused.Select(m => (m.Civility, Spelling(m))), grouped);
        return (present, excusedText, unexcusedText);
    }

    private string ProxyText(Member member) => ProxyOf(member) is { } holder ? $" (pouvoir à {holder.Civility} {holder.Surname})" : "";

    /// <summary>
    /// Grouped (2015-2020): a run of names of one civility shares one, plural when the run has
    /// several names: <c>MM. Kimelfeld, Grivel, Mme Bouzerda</c>. Otherwise every name has its own.
    /// </summary>
    private static string List(IEnumerable<(string Civility, string Text)> items, bool grouped)
    {
        var list = items.ToList();
        var sb = new StringBuilder(list.Count * 16);
        var i = 0;
        while (i < list.Count)
        {
            var j = i + 1;
            while (grouped && j < list.Count && list[j].Civility == list[i].Civility)
            {
                j++;
            }

            var civility = j - i > 1 ? (list[i].Civility == Member.Mister ? "MM." : "Mmes") : list[i].Civility;
            for (var k = i; k < j; k++)
            {
                if (k > 0)
                {
                    sb.Append(", ");
                }

                if (k == i)
                {
                    sb.Append(civility).Append(' ');
                }

                sb.Append(list[k].Text);
            }

            i = j;
        }

        return sb.Append('.').ToString();
    }

    private void GiveProxy(Random rng, Member absent, Member president)
    {
        var held = _proxies.Values.GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.Count());
        var candidates = Members.Where(m => IsPresent(m) && m != president && held.GetValueOrDefault(m.Id) < ProxiesPerHolder).ToList();
        if (candidates.Count > 0)
        {
            _proxies[absent.Id] = rng.Pick(candidates);
        }
    }
}
