namespace Deliberations.Web.Data.Entities;

public enum AttendanceStatus
{
    Present,
    Excused,
    Unexcused,
}

/// <summary>One official's line in one decision's attendance lists.</summary>
public sealed class AttendanceEntry
{
    public int Id { get; set; }

    public int DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public int OfficialId { get; set; }

    public Official? Official { get; set; }

    public AttendanceStatus Status { get; set; }

    /// <summary>For an excused member, who holds their vote (<c>pouvoir à</c>).</summary>
    public int? ProxyHolderId { get; set; }

    public Official? ProxyHolder { get; set; }

    /// <summary>The surname exactly as this extract prints it, so a merge can be checked and undone.</summary>
    public required string PrintedName { get; set; }

    public int Position { get; set; }

    /// <summary>The 1-based line of the current text where the name stands.</summary>
    public int Line { get; set; }
}
