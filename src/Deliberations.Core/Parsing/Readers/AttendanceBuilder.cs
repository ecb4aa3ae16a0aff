using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Which of the three attendance lists a label opens.</summary>
public enum ListKind
{
    Present,
    Excused,
    Unexcused,
}

/// <summary>
/// Gathers the three attendance lists in document order, whatever the layout. A label's kind is
/// told from its words (<see cref="KindOf"/>); a proxy takes the line of its giver.
/// </summary>
public sealed class AttendanceBuilder
{
    private readonly List<Person> _present = [];
    private readonly List<Absence> _excused = [];
    private readonly List<Person> _unexcused = [];

    /// <summary>
    /// <c>non excusés</c> is unexcused; <c>excusés</c>, <c>représentés</c> and <c>Pouvoirs</c> are
    /// excused; a bare <c>Absent(s)</c> is unexcused; anything else (<c>Présents</c>) is present.
    /// </summary>
    public static ListKind KindOf(string label)
    {
        var folded = French.Fold(label);
        return folded.Contains("non excuse", StringComparison.Ordinal) ? ListKind.Unexcused
            : folded.Contains("excuse", StringComparison.Ordinal) || folded.Contains("represente", StringComparison.Ordinal) || folded.StartsWith("pouvoir", StringComparison.Ordinal) ? ListKind.Excused
            : folded.StartsWith("absent", StringComparison.Ordinal) ? ListKind.Unexcused
            : ListKind.Present;
    }

    public void Add(ListKind kind, Person person, Person? proxy)
    {
        switch (kind)
        {
            case ListKind.Present:
                _present.Add(person);
                break;
            case ListKind.Excused:
                _excused.Add(new Absence(person, proxy is null ? null : proxy with { Line = person.Line }));
                break;
            default:
                _unexcused.Add(person);
                break;
        }
    }

    public Attendance Build() => new([.. _present], [.. _excused], [.. _unexcused]);
}
