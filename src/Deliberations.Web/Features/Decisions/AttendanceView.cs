using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using static Deliberations.Web.Features.Decisions.DecisionWording;

namespace Deliberations.Web.Features.Decisions;

/// <summary>One official in one list; an excused official may have given their vote to another.</summary>
/// <param name="Line">The line of the source text where the name stands.</param>
public sealed record AttendanceLine(OfficialName Official, OfficialName? ProxyHolder, int Line);

/// <summary>
/// The three lists of a decision and what they add up to. Counts come from the decision, not from the
/// lines: when a sitting falls outside the known terms, names are not linked to officials but the
/// counts are still right.
/// </summary>
public sealed record AttendanceView(
    IReadOnlyList<AttendanceLine> Present,
    IReadOnlyList<AttendanceLine> Excused,
    IReadOnlyList<AttendanceLine> Unexcused,
    int PresentCount,
    int ExcusedCount,
    int UnexcusedCount,
    int ProxyCount,
    int? MembersInOffice)
{
    public int Voters => PresentCount + ProxyCount;

    public int Listed => PresentCount + ExcusedCount + UnexcusedCount;

    public bool IsEmpty => Listed == 0;

    /// <summary><c>121 présents et 29 pouvoirs, soit 150 votants sur 150 membres en exercice.</c></summary>
    public string Quorum
    {
        get
        {
            var sentence = $"{Count(PresentCount, "présent", "présents")} et {Count(ProxyCount, "pouvoir", "pouvoirs")}, soit {Count(Voters, "votant", "votants")}";
            return MembersInOffice is { } members
                ? $"{sentence} sur {Count(members, "membre en exercice", "membres en exercice")}."
                : sentence + " (le nombre de membres en exercice n'est pas indiqué).";
        }
    }

    /// <summary>Said in words when the lists do not account for every member in office.</summary>
    public string? ListsMismatch =>
        MembersInOffice is { } members && Listed > 0 && Listed != members
            ? $"Les listes nomment {Count(Listed, "élu", "élus")} alors que l'extrait indique {Count(members, "membre en exercice", "membres en exercice")}."
            : null;

    public static AttendanceView Of(DecisionRecord decision)
    {
        var facts = decision.Facts;
        List<AttendanceLine> Of(AttendanceStatus status) => [.. decision.Attendance.Where(a => a.Status == status).Select(a => new AttendanceLine(a.Official, a.ProxyHolder, a.Line))];
        return new AttendanceView(
            Of(AttendanceStatus.Present),
            Of(AttendanceStatus.Excused),
            Of(AttendanceStatus.Unexcused),
            facts.PresentCount,
            facts.ExcusedCount,
            facts.UnexcusedCount,
            facts.ProxyCount,
            facts.KnownMembersInOffice);
    }
}
