using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Officials;

/// <summary>
/// Attendance in words, agreed with the official's civility as the registers' lists are (<c>Mmes</c>, <c>MM.</c>):
/// the one wording of the pages and the feeds, so a line reads the same everywhere.
/// </summary>
public static class AttendanceWording
{
    /// <summary>Joins an absent official to the colleague who holds their vote: <c>absente excusée, pouvoir à M. Y</c>.</summary>
    public const string GaveTo = "pouvoir à";

    /// <summary>Joins a present official to the colleague whose vote they carry: <c>présent, porte le pouvoir de Mme X</c>.</summary>
    public const string Carries = "porte le pouvoir de";

    public static string Status(AttendanceStatus status, string? civility)
    {
        return status switch
        {
            AttendanceStatus.Present => Plural.Agreed(civility, "présent", "présente"),
            AttendanceStatus.Excused => Plural.Agreed(civility, "absent excusé", "absente excusée"),
            AttendanceStatus.Unexcused => Plural.Agreed(civility, "absent non excusé", "absente non excusée"),
            _ => status.ToString(),
        };
    }

    /// <summary>
    /// One line of a decision's lists in words: <c>présente</c>, <c>présent, porte le pouvoir de Mme X</c>,
    /// <c>absente excusée, pouvoir à M. Y</c>, <c>absent non excusé</c>.
    /// </summary>
    /// <param name="proxyHolder">Who carries the official's vote, when absent.</param>
    /// <param name="carried">Whose votes the official carries, when present.</param>
    public static string Line(AttendanceStatus status, string? civility, string? proxyHolder, IEnumerable<string> carried)
    {
        var words = Status(status, civility);
        if (proxyHolder is not null)
        {
            words += $", {GaveTo} {proxyHolder}";
        }

        var from = carried.ToList();
        return from.Count == 0 ? words : $"{words}, {Carries} {string.Join(" et de ", from)}";
    }

    /// <summary>
    /// One sitting in a few words: <c>présent</c> when every decision agrees, else the share of each
    /// status (<c>présent à 3, absent excusé à 2 (sur 5)</c>), since people arrive and leave during a sitting.
    /// </summary>
    public static string AtSitting(OfficialSittingRow sitting, string? civility)
    {
        (AttendanceStatus Status, int Count)[] counts =
        [
            (AttendanceStatus.Present, sitting.Present),
            (AttendanceStatus.Excused, sitting.Excused),
            (AttendanceStatus.Unexcused, sitting.Unexcused),
        ];
        var seen = counts.Where(c => c.Count > 0).ToList();
        return seen.Count == 1
            ? Status(seen[0].Status, civility)
            : string.Join(", ", seen.Select(c => $"{Status(c.Status, civility)} à {FrenchFormat.Number(c.Count)}")) + $" (sur {FrenchFormat.Number(sitting.Listed)})";
    }

    /// <summary><c>1 délibération</c>, <c>12 délibérations</c>.</summary>
    public static string Decisions(int count) => Plural.Count(count, "délibération", "délibérations");
}
