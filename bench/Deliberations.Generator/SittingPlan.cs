namespace Deliberations.Generator;

/// <summary>A sitting of the Conseil or the Commission permanente, and how many decisions it takes.</summary>
internal sealed class Sitting(string body, DateOnly date, Term term, int weight)
{
    public const string Conseil = "Conseil";
    public const string Commission = "Commission permanente";

    public string Body { get; } = body;

    public DateOnly Date { get; } = date;

    public Term Term { get; } = term;

    public bool IsConseil => Body == Conseil;

    /// <summary>Decisions at full scale (about 20,000 for the whole calendar).</summary>
    public int Weight { get; } = weight;

    /// <summary>Decisions at the scale asked.</summary>
    public int Decisions { get; set; }
}

/// <summary>
/// The calendar of 2015-2025: ten Conseil sittings a year on Mondays (100-150 decisions each), a
/// Commission permanente two weeks after each (35-70), and the installation of the 2020 council on
/// 2 July 2020. At another scale every sitting keeps its share, so that a small corpus still spans both
/// terms and both attendance styles.
/// </summary>
internal static class SittingPlan
{
    private static readonly int[] ConseilMonths = [1, 3, 4, 5, 6, 7, 9, 10, 11, 12];

    public static List<Sitting> Build(Random rng, Council council, int count)
    {
        var conseils = new List<Sitting>();
        for (var year = 2015; year <= 2025; year++)
        {
            foreach (var month in ConseilMonths)
            {
                if (year == 2020 && month == 7)
                {
                    conseils.Add(new Sitting(Sitting.Conseil, Council.SecondStart, council.Second, 12));
                }

                // After the installation the July sitting comes later in the month.
                var date = Monday(new DateOnly(year, month, year == 2020 && month == 7 ? rng.Between(13, 22) : rng.Between(1, 22)));
                conseils.Add(new Sitting(Sitting.Conseil, date, council.TermOf(date), rng.Between(100, 150)));
            }
        }

        var sittings = new List<Sitting>(conseils);
        for (var i = 0; i < conseils.Count; i++)
        {
            var conseil = conseils[i];
            var date = conseil.Date.AddDays(14);
            var next = i + 1 < conseils.Count ? conseils[i + 1].Date : DateOnly.MaxValue;
            // No commission sits across a change of term or after the next Conseil.
            if (conseil.Date == Council.SecondStart || !conseil.Term.Contains(date) || date >= next)
            {
                continue;
            }

            sittings.Add(new Sitting(Sitting.Commission, Monday(date), conseil.Term, rng.Between(35, 70)));
        }

        sittings.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.IsConseil == b.IsConseil ? 0 : a.IsConseil ? -1 : 1);
        Scale(sittings, count);
        return sittings;
    }

    /// <summary>Largest remainder: every sitting gets its share of <paramref name="count"/>, the total is exact.</summary>
    private static void Scale(List<Sitting> sittings, int count)
    {
        long total = sittings.Sum(s => s.Weight);
        var remainders = new List<(long Remainder, int Index)>();
        var given = 0;
        for (var i = 0; i < sittings.Count; i++)
        {
            var exact = (long)sittings[i].Weight * count;
            sittings[i].Decisions = (int)(exact / total);
            given += sittings[i].Decisions;
            remainders.Add((exact % total, i));
        }

        remainders.Sort((a, b) => a.Remainder != b.Remainder ? b.Remainder.CompareTo(a.Remainder) : a.Index.CompareTo(b.Index));
        for (var k = 0; k < count - given; k++)
        {
            sittings[remainders[k % remainders.Count].Index].Decisions++;
        }
    }

    private static DateOnly Monday(DateOnly date)
    {
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
