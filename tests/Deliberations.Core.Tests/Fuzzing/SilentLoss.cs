using Deliberations.Core.Model;

namespace Deliberations.Core.Tests.Fuzzing;

/// <summary>
/// What a damaged extract lost compared with the intact one, without a diagnostic saying so. A
/// reader of the site trusts an extract with no warning: losing a part silently is the failure
/// that matters after a crash.
/// </summary>
internal static class SilentLoss
{
    public static IEnumerable<string> Between(ParsedExtract intact, ParsedExtract damaged)
    {
        var codes = damaged.Diagnostics.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        if (codes.Contains("empty-document"))
        {
            // Nothing is read from a blank document, and that one error says so for every part.
            yield break;
        }

        if (intact.Header.Number is not null && damaged.Header.Number is null && !codes.Contains("missing-number"))
        {
            yield return "decision number lost without missing-number";
        }

        if (intact.Header.SessionDate is not null && damaged.Header.SessionDate is null && !codes.Contains("missing-session-date"))
        {
            yield return "session date lost without missing-session-date";
        }

        if (Listed(intact.Attendance) > 0 && Listed(damaged.Attendance) == 0 && !codes.Overlaps(["missing-attendance", "attendance-unplaced", "attendance-empty-list"]))
        {
            yield return "attendance lost without missing-attendance, attendance-empty-list or attendance-unplaced";
        }

        if (intact.Header.MembersInOffice is { } members && Listed(intact.Attendance) == members
            && damaged.Header.MembersInOffice == members && Listed(damaged.Attendance) is var listed and > 0 && listed != members
            && !codes.Contains("attendance-count-mismatch"))
        {
            yield return $"{listed} members listed for {members} without attendance-count-mismatch";
        }

        if (intact.OperativePart.Articles.Count > 0 && damaged.OperativePart.Articles.Count == 0 && !codes.Overlaps(["missing-operative-part", "no-articles"]))
        {
            yield return "operative part lost without missing-operative-part or no-articles";
        }

        if (intact.Report.Text.Length > 0 && damaged.Report.Text.Length == 0 && !codes.Contains("missing-report"))
        {
            yield return "report lost without missing-report";
        }

        if (intact.Legality.Line > 0 && damaged.Legality.Line == 0 && !codes.Contains("missing-legality"))
        {
            yield return "legality footer lost without missing-legality";
        }
    }

    private static int Listed(Attendance a) => a.Present.Count + a.Excused.Count + a.Unexcused.Count;
}
