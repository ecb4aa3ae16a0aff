using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Features.Officials;

/// <summary>Attendance in words, agreed with the official's civility as the registers' lists are (<c>Mmes</c>, <c>MM.</c>).</summary>
public static class AttendanceWording
{
    public static string Status(AttendanceStatus status, string? civility)
    {
        var feminine = civility == "Mme";
        return status switch
        {
            AttendanceStatus.Present => feminine ? "présente" : "présent",
            AttendanceStatus.Excused => feminine ? "excusée" : "excusé",
            AttendanceStatus.Unexcused => feminine ? "absente non excusée" : "absent non excusé",
            _ => status.ToString(),
        };
    }

    /// <summary><c>1 délibération</c>, <c>12 délibérations</c>.</summary>
    public static string Decisions(int count) => Shared.Plural.Count(count, "délibération", "délibérations");
}
