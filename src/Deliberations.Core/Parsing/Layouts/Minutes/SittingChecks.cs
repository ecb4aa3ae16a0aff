using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>
/// Checks a sitting's attendance against its members in office. Each member counts once: a late
/// arrival who gave a proxy until then stands both in the present list and among the excused.
/// </summary>
public static class SittingChecks
{
    /// <summary>Runs the checks; true once run (so that a failing check is caught like a reader).</summary>
    public static bool Run(Header header, Attendance attendance, DiagnosticBag diagnostics)
    {
        var people = attendance.Present.Concat(attendance.Excused.Select(e => e.Person)).Concat(attendance.Unexcused).ToList();
        var members = people.Select(p => French.Key(p.Name)).Distinct(StringComparer.Ordinal).Count();
        if (header.MembersInOffice is { } inOffice && members > 0 && members != inOffice)
        {
            diagnostics.Warning(
                "attendance-count-mismatch",
                people[0].Line,
                $"{members} élus nommés (présents {attendance.Present.Count}, excusés {attendance.Excused.Count}, absents {attendance.Unexcused.Count}) pour {inOffice} conseillers en exercice.");
        }

        return true;
    }
}
