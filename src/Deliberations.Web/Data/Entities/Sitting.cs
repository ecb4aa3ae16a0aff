namespace Deliberations.Web.Data.Entities;

/// <summary>One sitting of a body (<c>Conseil du 18 mars 2019</c>); its decisions share the date and the attendance.</summary>
public sealed class Sitting
{
    public int Id { get; set; }

    public required string Body { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The first day of the council term the sitting belongs to (see <c>Deliberations:Terms</c>).</summary>
    public DateOnly TermStart { get; set; }

    public int? MembersInOffice { get; set; }

    public List<Decision> Decisions { get; set; } = [];
}
