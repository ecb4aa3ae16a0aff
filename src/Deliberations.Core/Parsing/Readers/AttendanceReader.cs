using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>Reads <c>Présents</c>, <c>Absents excusés</c> (with proxies) and <c>Absents non excusés</c>.</summary>
public static class AttendanceReader
{
    public static Attendance Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics) => Attendance.Empty;
}
