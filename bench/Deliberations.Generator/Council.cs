namespace Deliberations.Generator;

/// <summary>A councillor of one term, as the registers print them.</summary>
internal sealed record Member(int Id, string Civility, string FirstName, string Surname)
{
    public const string Mister = "M.";
    public const string Madam = "Mme";

    public bool IsWoman => Civility == Madam;

    /// <summary><c>Monsieur David Kimelfeld</c>: how the header writes the president and the secretary.</summary>
    public string FullName => $"{(IsWoman ? "Madame" : "Monsieur")} {FirstName} {Surname}";

    public string SortKey => NamePool.Key(Surname);
}

/// <summary>A member holds a seat from <see cref="From"/> until the next tenure of the seat starts.</summary>
internal sealed record Tenure(Member Member, DateOnly From);

/// <summary>
/// One council term: its seats with who held them when, its presidents, and the seats of the
/// Commission permanente (the first seats, in the order of their election).
/// </summary>
internal sealed class Term(
    string label,
    DateOnly start,
    DateOnly end,
    bool groupedLists,
    int commissionSize,
    IReadOnlyList<IReadOnlyList<Tenure>> seats,
    IReadOnlyList<(DateOnly From, int Seat)> presidents)
{
    /// <summary>Roles are given by rank in the Commission permanente: vice-presidents first, then delegated councillors.</summary>
    private const int VicePresidents = 24;

    private const int DelegatedCouncillors = 16;

    public string Label { get; } = label;

    public DateOnly Start { get; } = start;

    /// <summary>First day of the next term.</summary>
    public DateOnly End { get; } = end;

    /// <summary>2015-2020 registers group names under <c>MM.</c>/<c>Mmes</c>; 2020-2026 ones give each name its civility.</summary>
    public bool GroupedLists { get; } = groupedLists;

    public int Seats => seats.Count;

    public bool Contains(DateOnly date) => date >= Start && date < End;

    public Member Occupant(int seat, DateOnly date)
    {
        var holder = seats[seat][0].Member;
        foreach (var tenure in seats[seat])
        {
            if (tenure.From <= date)
            {
                holder = tenure.Member;
            }
        }

        return holder;
    }

    public List<Member> Council(DateOnly date) => [.. Enumerable.Range(0, Seats).Select(s => Occupant(s, date))];

    public Member President(DateOnly date) => Occupant(PresidentSeat(date), date);

    /// <summary>
    /// The Commission permanente at a date: the president first, then the other elected members in
    /// order. A former president leaves it, as the 2017 change of president in Lyon did.
    /// </summary>
    public List<Member> Commission(DateOnly date)
    {
        var president = PresidentSeat(date);
        var former = presidents.Where(p => p.From <= date && p.Seat != president).Select(p => p.Seat).ToHashSet();
        var members = new List<Member> { Occupant(president, date) };
        for (var s = 0; s < commissionSize; s++)
        {
            if (s != president && !former.Contains(s))
            {
                members.Add(Occupant(s, date));
            }
        }

        return members;
    }

    /// <summary>The role printed before a rapporteur's name, from their rank in the commission (0 is the president).</summary>
    public static string? Role(int rank, bool woman) => rank switch
    {
        0 => null,
        <= VicePresidents => woman ? "Vice-Présidente" : "Vice-Président",
        <= VicePresidents + DelegatedCouncillors => woman ? "Conseillère déléguée" : "Conseiller délégué",
        _ => null,
    };

    public static int RapporteurRanks => VicePresidents + DelegatedCouncillors;

    private int PresidentSeat(DateOnly date) => presidents.Last(p => p.From <= date).Seat;
}

/// <summary>The two terms of the Métropole, and every surname key either of them uses.</summary>
internal sealed record Council(Term First, Term Second, IReadOnlySet<string> SurnameKeys)
{
    public static readonly DateOnly FirstStart = new(2015, 1, 1);
    public static readonly DateOnly SecondStart = new(2020, 7, 2);
    public static readonly DateOnly SecondEnd = new(2026, 7, 1);

    public Term TermOf(DateOnly date) => Second.Contains(date) ? Second : First;

    public static Council Build(Random rng)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var nextId = 0;

        Member NewMember(bool woman)
        {
            string surname;
            do
            {
                surname = NamePool.Surname(rng);
            }
            while (!keys.Add(NamePool.Key(surname)));
            return new Member(nextId++, woman ? Member.Madam : Member.Mister, NamePool.FirstName(rng, woman), surname);
        }

        // 2015-2020: 165 seats, a president replaced in mid-term (2017) who stays a councillor.
        var first = Enumerable.Range(0, 165).Select(_ => NewMember(rng.Chance(0.42))).ToList();
        AddHomonyms(first, 3, commissionSize: 52);
        var firstSeats = Seats(first, replaced: 4, commissionSize: 52, new DateOnly(2016, 1, 1), new DateOnly(2019, 12, 31));
        var firstTerm = new Term(
            "2015-2020", FirstStart, SecondStart, groupedLists: true, commissionSize: 52, firstSeats,
            [(FirstStart, 0), (new DateOnly(2017, 7, 10), 1)]);

        // 2020-2026: 150 seats; about half the names come back from the first term.
        var returning = rng.Sample(first, 78).Select(m => m with { Id = nextId++ }).ToList();
        var second = returning.Concat(Enumerable.Range(0, 150 - returning.Count).Select(_ => NewMember(rng.Chance(0.5)))).ToList();
        rng.Shuffle(second);
        AddHomonyms(second, 2, commissionSize: 50);
        var secondSeats = Seats(second, replaced: 3, commissionSize: 50, new DateOnly(2021, 1, 1), new DateOnly(2025, 6, 30));
        var secondTerm = new Term("2020-2026", SecondStart, SecondEnd, groupedLists: false, commissionSize: 50, secondSeats, [(SecondStart, 0)]);

        return new Council(firstTerm, secondTerm, keys);

        // Two councillors of one name and different civilities sat together (M. and Mme David): the
        // civility alone tells them apart, which lists must keep.
        void AddHomonyms(List<Member> members, int pairs, int commissionSize)
        {
            for (var k = 0; k < pairs; k++)
            {
                var model = members[rng.Next(commissionSize, members.Count)];
                var seat = rng.Next(commissionSize, members.Count);
                if (members[seat] == model || members.Any(m => m.Surname == model.Surname && m != model))
                {
                    continue;
                }

                var woman = !model.IsWoman;
                members[seat] = new Member(nextId++, woman ? Member.Madam : Member.Mister, NamePool.FirstName(rng, woman), model.Surname);
            }
        }

        // A few councillors leave during the term and the next on their list takes the seat; never a
        // member of the Commission permanente, whose composition the extracts keep stable.
        List<IReadOnlyList<Tenure>> Seats(List<Member> members, int replaced, int commissionSize, DateOnly from, DateOnly to)
        {
            var seats = members.Select(m => (IReadOnlyList<Tenure>)[new Tenure(m, FirstStart)]).ToList();
            for (var k = 0; k < replaced; k++)
            {
                var seat = rng.Next(commissionSize, members.Count);
                if (seats[seat].Count > 1)
                {
                    continue;
                }

                var day = from.AddDays(rng.Next(to.DayNumber - from.DayNumber));
                seats[seat] = [seats[seat][0], new Tenure(NewMember(rng.Chance(0.5)), day)];
            }

            return seats;
        }
    }
}
