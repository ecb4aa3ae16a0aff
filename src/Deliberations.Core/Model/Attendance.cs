namespace Deliberations.Core.Model;

/// <summary>An excused member, with the member who holds their vote when a proxy was given.</summary>
public sealed record Absence(Person Person, Person? Proxy);

/// <summary>The three attendance lists of an extract, in document order.</summary>
public sealed record Attendance(
    IReadOnlyList<Person> Present,
    IReadOnlyList<Absence> Excused,
    IReadOnlyList<Person> Unexcused)
{
    public static readonly Attendance Empty = new([], [], []);

    public int ProxyCount => Excused.Count(a => a.Proxy is not null);

    /// <summary>
    /// The lists as they hold for item <paramref name="item"/> of a sitting whose minutes print them once:
    /// a member who arrived at item 14 and gave a proxy until item 13 is excused, their vote held, for
    /// items 1 to 13 and present from 14, never both. A late arrival without a proxy is in no list before
    /// arriving, as the minutes say nothing of those items.
    /// </summary>
    public Attendance For(int item) => new(
        [.. Present.Where(p => p.HoldsFor(item))],
        [.. Excused.Where(a => a.Person.HoldsFor(item))],
        [.. Unexcused.Where(p => p.HoldsFor(item))]);
}
