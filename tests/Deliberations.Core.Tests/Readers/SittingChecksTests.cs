using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Layouts.Minutes;

namespace Deliberations.Core.Tests.Readers;

public class SittingChecksTests
{
    [Theory]
    [InlineData("A B C", "A>B", "", 3, false)] // a late arrival who gave a proxy until then is one member
    [InlineData("A B", "C>A", "D", 4, false)]
    [InlineData("A B", "C>A", "", 4, true)] // one member named nowhere (Avranches, 4 February 2013)
    [InlineData("A B", "", "", null, false)]
    public void The_named_members_are_checked_against_the_members_in_office(string present, string excused, string unexcused, int? inOffice, bool warned)
    {
        static Person P(string name) => new(null, name, null, null, 1);
        var attendance = new Attendance(
            present.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(P).ToList(),
            excused.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split('>')).Select(e => new Absence(P(e[0]), P(e[1]))).ToList(),
            unexcused.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(P).ToList());
        var diagnostics = new DiagnosticBag();

        SittingChecks.Run(new Header { MembersInOffice = inOffice }, attendance, diagnostics);

        Assert.Equal(warned, diagnostics.Items.Any(d => d.Code == "attendance-count-mismatch"));
    }
}
