using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Feeds;

/// <summary>An official's status in a decision, in French, agreed with their civility: « Présente », « Absent excusé, pouvoir à M. Prost ».</summary>
public static class AttendanceWording
{
    public static string Describe(AttendanceStatus status, string? civility, string? proxyHolder)
    {
        var e = Plural.Agreed(civility, "", "e");
        return status switch
        {
            AttendanceStatus.Present => $"Présent{e}",
            AttendanceStatus.Excused when proxyHolder is not null => $"Absent{e} excusé{e}, pouvoir à {proxyHolder}",
            AttendanceStatus.Excused => $"Absent{e} excusé{e}",
            _ => $"Absent{e} non excusé{e}",
        };
    }
}
