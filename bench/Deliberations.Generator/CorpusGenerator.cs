using System.Globalization;
using System.Text;

namespace Deliberations.Generator;

/// <summary>
/// Generates the corpus: the council, the calendar of sittings, then every decision in date order,
/// each written to <c>DIR/00000.txt</c>… as soon as it is composed. Only the expected facts stay in memory.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Until mid-2022 the health emergency rules let a councillor hold two proxies.</summary>
    private static readonly DateOnly EndOfTwoProxies = new(2022, 8, 1);

    private static readonly DateOnly PresidentChange = new(2017, 7, 10);

    public static List<ExpectedExtract> Generate(int count, int seed, string directory)
    {
        var rng = new Random(seed);
        var council = Council.Build(rng);
        var sittings = SittingPlan.Build(rng, council, count);
        var composer = new ExtractComposer(rng);
        var counters = new Dictionary<(string, string), int>();
        var conseilDecisions = new List<(string Number, DateOnly Date)>();
        var delegations = new Dictionary<string, (string Number, DateOnly Date)>(StringComparer.Ordinal);
        var expected = new List<ExpectedExtract>(count);
        var digits = Math.Max(5, FrenchText.Int(count - 1).Length);

        foreach (var sitting in sittings)
        {
            var key = (sitting.Body, sitting.Term.Label);
            var counter = counters.GetValueOrDefault(key);
            if (sitting.IsConseil && DelegationKey(sitting) is { } delegationKey && !delegations.ContainsKey(delegationKey))
            {
                // The Conseil delegates to the commission at its first sitting, and again under a new president.
                delegations[delegationKey] = (Number(sitting, counter + Math.Min(4, Math.Max(1, sitting.Decisions))), sitting.Date);
            }

            if (sitting.Decisions == 0)
            {
                continue;
            }

            var context = Context(rng, council, sitting, delegations);
            for (var k = 0; k < sitting.Decisions; k++)
            {
                var number = Number(sitting, ++counter);
                var file = (expected.Count).ToString(new string('0', digits), CultureInfo.InvariantCulture) + ".txt";
                var earlier = EarlierDecision(rng, conseilDecisions, sitting.Date);
                var (text, facts) = composer.Compose(context, number, file, earlier);
                File.WriteAllText(Path.Combine(directory, file), text, Utf8NoBom);
                expected.Add(facts);
                if (sitting.IsConseil)
                {
                    conseilDecisions.Add((number, sitting.Date));
                }
            }

            counters[key] = counter;
        }

        return expected;
    }

    /// <summary><c>2019-3364</c> for the Conseil, <c>CP-2018-2133</c> for the commission: numbered through the term.</summary>
    private static string Number(Sitting sitting, int counter) =>
        $"{(sitting.IsConseil ? "" : "CP-")}{FrenchText.Int(sitting.Date.Year)}-{counter.ToString("0000", CultureInfo.InvariantCulture)}";

    private static string? DelegationKey(Sitting sitting) =>
        sitting.Term.Label == "2015-2020" ? (sitting.Date < PresidentChange ? "2015" : "2017") : sitting.Date > Council.SecondStart ? "2020" : null;

    private static SittingContext Context(Random rng, Council council, Sitting sitting, Dictionary<string, (string Number, DateOnly Date)> delegations)
    {
        var term = sitting.Term;
        var date = sitting.Date;
        var commission = term.Commission(date);
        var president = term.President(date);
        IReadOnlyList<Member> listed;
        if (!sitting.IsConseil)
        {
            listed = commission;
        }
        else if (term.GroupedLists)
        {
            // 2015-2020 lists print the commission first, in its order, then everyone else by name.
            var inCommission = commission.Select(m => m.Id).ToHashSet();
            listed = [.. commission, .. Alphabetical(term.Council(date).Where(m => !inCommission.Contains(m.Id)))];
        }
        else
        {
            listed = Alphabetical(term.Council(date));
        }

        var proxies = !term.GroupedLists && date < EndOfTwoProxies ? 2 : 1;
        var attendance = AttendanceSheet.ForSitting(rng, listed, president, sitting.IsConseil, proxies, council.SurnameKeys);
        var candidates = attendance.Present.Where(m => m != president && (sitting.IsConseil ? !commission.Contains(m) : true)).ToList();
        var secretary = candidates.Count > 0 ? rng.Pick(candidates) : president;
        var convocation = date.AddDays(-(sitting.IsConseil ? rng.Between(14, 21) : rng.Between(8, 12)));
        // Convocations leave on working days.
        while (convocation.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            convocation = convocation.AddDays(-1);
        }

        var posted = date.AddDays(rng.Between(2, 3));
        var delegation = DelegationKey(sitting) is { } key && delegations.TryGetValue(key, out var d) ? d : ($"{FrenchText.Int(term.Start.Year)}-0004", term.Start.AddDays(20));
        return new SittingContext(sitting, attendance, president, secretary, commission, convocation, posted, delegation);
    }

    private static List<Member> Alphabetical(IEnumerable<Member> members) =>
        [.. members.OrderBy(m => m.SortKey, StringComparer.Ordinal).ThenBy(m => m.Civility, StringComparer.Ordinal)];

    /// <summary>A decision of the Conseil at least six months older, which a report can cite.</summary>
    private static (string Number, DateOnly Date)? EarlierDecision(Random rng, List<(string Number, DateOnly Date)> decisions, DateOnly date)
    {
        var cutoff = date.AddDays(-180);
        var older = decisions.Count;
        while (older > 0 && decisions[older - 1].Date > cutoff)
        {
            older--;
        }

        return older == 0 ? null : decisions[rng.Next(older)];
    }
}
