namespace Deliberations.Web.Import;

/// <summary>The council terms, from configuration (<c>Deliberations:Terms</c>): the Métropole's began on 2015-01-01 and 2020-07-02.</summary>
public sealed class TermCalendar
{
    private readonly DateOnly[] _starts;

    public TermCalendar(IEnumerable<DateOnly> starts) => _starts = [.. starts.Order()];

    public IReadOnlyList<DateOnly> Starts => _starts;

    /// <summary>The start of the term a sitting on <paramref name="date"/> belongs to; null before the first known term.</summary>
    public DateOnly? TermOf(DateOnly date)
    {
        DateOnly? term = null;
        foreach (var start in _starts)
        {
            if (start <= date)
            {
                term = start;
            }
        }

        return term;
    }

    /// <summary>The day before the next term starts, or null for the current one.</summary>
    public DateOnly? EndOf(DateOnly termStart)
    {
        var next = _starts.Where(s => s > termStart).Order().FirstOrDefault();
        return next == default ? null : next.AddDays(-1);
    }
}
