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
}
