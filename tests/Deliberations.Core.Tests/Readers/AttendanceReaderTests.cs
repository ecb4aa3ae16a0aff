using Deliberations.Core.Parsing.Readers;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Readers;

public class AttendanceReaderTests
{
    private static (string Present, string Excused, string Unexcused, IEnumerable<string> Codes) Read(params string[] lines)
    {
        var s = Snippet.Of(["Conseil du 5 novembre 2018", "", .. lines, "", "Conseil du 5 novembre 2018**Délibération n° 2018-0001**", "", "Le Conseil,"]);
        var a = AttendanceReader.Read(s.Source, s.Map, s.Diagnostics);
        return (
            string.Join(", ", a.Present.Select(p => $"{p.Civility} {p.Name}")),
            string.Join(", ", a.Excused.Select(e => e.Proxy is null ? $"{e.Person.Civility} {e.Person.Name}" : $"{e.Person.Civility} {e.Person.Name} > {e.Proxy.Civility} {e.Proxy.Name}")),
            string.Join(", ", a.Unexcused.Select(p => $"{p.Civility} {p.Name}")),
            s.Codes.ToList());
    }

    [Theory]
    [InlineData("Présents : MM. Kimelfeld, Grivel, Mme Bouzerda.", "M. Kimelfeld, M. Grivel, Mme Bouzerda")]
    [InlineData("Présents : Mmes Geoffroy, Laurent, M. Barral.", "Mme Geoffroy, Mme Laurent, M. Barral")]
    [InlineData("**Présents** : M. Artigny, Mme Asti-Lapperrière, M. Ben Itah, Mme Brunel Vieira.", "M. Artigny, Mme Asti-Lapperrière, M. Ben Itah, Mme Brunel Vieira")]
    [InlineData("Présents : Mmes de Lavernée, de Malliard, MM. Le Faou, Da Passano, Van Styvendael.", "Mme de Lavernée, Mme de Malliard, M. Le Faou, M. Da Passano, M. Van Styvendael")]
    [InlineData("Présents : MM. Dupont, Durand et Mme Martin.", "M. Dupont, M. Durand, Mme Martin")]
    [InlineData("Présents : MM Dupont, MME Martin.", "M. Dupont, Mme Martin")]
    [InlineData("Présents : M. Rantonnnet, Mme Gailliout.", "M. Rantonnnet, Mme Gailliout")]
    public void Civilities_carry_over_until_the_next_one(string line, string present) => Assert.Equal(present, Read(line).Present);

    [Fact]
    public void Proxies_belong_to_the_excused_member_before_them()
    {
        var r = Read(
            "Présents : MM. Le Faou, Boudot, Mme Belaziz.",
            "",
            "Absents excusés : MM. Kabalo (pouvoir à Mme Belaziz), Casola (pouvoir à M. Boudot), Passi, Mme Fautra (pouvoir a M. Le Faou).",
            "",
            "Absents non excusés : M. Aggoun.");
        Assert.Equal("M. Kabalo > Mme Belaziz, M. Casola > M. Boudot, M. Passi, Mme Fautra > M. Le Faou", r.Excused);
        Assert.Equal("M. Aggoun", r.Unexcused);
        Assert.DoesNotContain("proxy-holder-not-present", r.Codes);
    }

    [Fact]
    public void A_list_wrapped_over_several_lines_is_one_list()
    {
        var r = Read("Présents : MM. Kimelfeld, Grivel,", "Mme Bouzerda, MM. Bret,", "Brumm.", "Absents excusés : M. Barge.");
        Assert.Equal("M. Kimelfeld, M. Grivel, Mme Bouzerda, M. Bret, M. Brumm", r.Present);
        Assert.Equal("M. Barge", r.Excused);
    }

    [Fact]
    public void Missing_lists_are_empty_without_error()
    {
        var r = Read("Présents : M. A.");
        Assert.Equal(("M. A", "", ""), (r.Present, r.Excused, r.Unexcused));
        Assert.Empty(r.Codes);
    }

    [Theory]
    [InlineData("Présents : Dupont, M. Durand.", "attendance-no-civility")]
    [InlineData("Présents : M. Dupont, 12345.", "attendance-unplaced")]
    [InlineData("Présents : M. Dupont, M. Dupont.", "attendance-duplicate")]
    [InlineData("Présents :", "attendance-empty-list")]
    [InlineData("Présents : M. Dupont.\nAbsents excusés : ,", "attendance-empty-list")]
    public void Doubtful_items_are_reported(string line, string code) => Assert.Contains(code, Read(line).Codes);

    [Fact]
    public void Proxy_checks()
    {
        var r = Read("Présents : M. A.", "Absents excusés : M. B (pouvoir à M. Z), M. C (pouvoir à M. A), M. D (pouvoir à M. A).");
        Assert.Contains("proxy-holder-not-present", r.Codes);
        Assert.Contains("proxy-holder-multiple", r.Codes);
    }

    [Fact]
    public void Names_carry_their_line()
    {
        var s = Snippet.Of("Présents : MM. A, B,", "Mme C.", "", "Le Conseil,");
        var a = AttendanceReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal([1, 1, 2], a.Present.Select(p => p.Line));
    }

    [Fact]
    public void A_name_gets_its_own_line_even_when_an_earlier_line_contains_it()
    {
        var s = Snippet.Of("Présents : M. Bernardin,", "M. Bernard, Mme Bern.", "", "Le Conseil,");
        var a = AttendanceReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal([("Bernardin", 1), ("Bernard", 2), ("Bern", 2)], a.Present.Select(p => (p.Name, p.Line)));
    }
}
