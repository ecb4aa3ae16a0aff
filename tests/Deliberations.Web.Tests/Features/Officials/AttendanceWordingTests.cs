using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Officials;

namespace Deliberations.Web.Tests.Features.Officials;

/// <summary>One line of the lists in words, agreed with the civility, and rates that say their base.</summary>
public class AttendanceWordingTests
{
    [Theory]
    [InlineData(AttendanceStatus.Present, "Mme", null, new string[0], "présente")]
    [InlineData(AttendanceStatus.Present, "M.", null, new[] { "Mme Tifra" }, "présent, porte le pouvoir de Mme Tifra")]
    [InlineData(AttendanceStatus.Present, "Mme", null, new[] { "M. Chihi", "Mme Zdorovtsoff" }, "présente, porte le pouvoir de M. Chihi et de Mme Zdorovtsoff")]
    [InlineData(AttendanceStatus.Excused, "Mme", "M. Vergiat", new string[0], "absente excusée, pouvoir à M. Vergiat")]
    [InlineData(AttendanceStatus.Excused, "M.", null, new string[0], "absent excusé")]
    [InlineData(AttendanceStatus.Unexcused, "M.", null, new string[0], "absent non excusé")]
    [InlineData(AttendanceStatus.Unexcused, null, null, new string[0], "absent non excusé")]
    public void A_line_reads_as_a_sentence_agreed_with_the_civility(AttendanceStatus status, string? civility, string? holder, string[] carried, string expected) =>
        Assert.Equal(expected, AttendanceWording.Line(status, civility, holder, carried));

    [Theory]
    [InlineData(0, 0, "—", null, "—")]
    [InlineData(0, 1, "0 sur 1", null, "0 sur 1")]
    [InlineData(3, 4, "3 sur 4", null, "3 sur 4")]
    [InlineData(9, 9, "9 sur 9", null, "9 sur 9")]
    [InlineData(9, 10, "9 sur 10", "90\u00A0%", "90\u00A0%")]
    [InlineData(18000, 20000, "18\u00A0000 sur 20\u00A0000", "90\u00A0%", "90\u00A0%")]
    public void A_rate_is_given_only_over_ten_decisions_or_more(int present, int listed, string count, string? share, string cell)
    {
        Assert.Equal(count, PresenceRate.OutOf(present, listed));
        Assert.Equal(share, PresenceRate.Share(present, listed));
        Assert.Equal(cell, PresenceRate.Short(present, listed));
    }
}
