using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Features.Officials;

/// <summary>Attendance in words, agreed with the official's civility as the registers' lists are (<c>Mmes</c>, <c>MM.</c>).</summary>
public static class AttendanceWording
{
    public static string Status(AttendanceStatus status, string? civility)
    {
        return status switch
        {
            AttendanceStatus.Present => Shared.Plural.Agreed(civility, "présent", "présente"),
            AttendanceStatus.Excused => Shared.Plural.Agreed(civility, "excusé", "excusée"),
            AttendanceStatus.Unexcused => Shared.Plural.Agreed(civility, "absent non excusé", "absente non excusée"),
            _ => status.ToString(),
        };
    }

    /// <summary>
    /// One sitting in a few words: <c>présent</c> when every decision agrees, else the share of each
    /// status (<c>présent à 3, excusé à 2 (sur 5)</c>), since people arrive and leave during a sitting.
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
            : string.Join(", ", seen.Select(c => $"{Status(c.Status, civility)} à {Shared.FrenchFormat.Number(c.Count)}")) + $" (sur {Shared.FrenchFormat.Number(sitting.Listed)})";
    }

    /// <summary><c>1 délibération</c>, <c>12 délibérations</c>.</summary>
    public static string Decisions(int count) => Shared.Plural.Count(count, "délibération", "délibérations");
}
