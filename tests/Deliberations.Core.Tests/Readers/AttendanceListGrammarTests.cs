using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Layouts;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Tests.Readers;

public class AttendanceListGrammarTests
{
    [Theory]
    [InlineData("MM. Kabalo (pouvoir à Mme Belaziz)", "M. Kabalo > Mme Belaziz")]
    [InlineData("Mme Fautra (pouvoir a M. Le Faou.)", "Mme Fautra > M. Le Faou")]
    [InlineData("M. Genin (procuration à M. Bravo)", "M. Genin > M. Bravo")]
    [InlineData("M. Genin (pouvoir donné à Mme Picot", "M. Genin > Mme Picot")]
    [InlineData("M. Genin (POUVOIR AU M. Bravo)", "M. Genin > M. Bravo")]
    [InlineData("M. Genin (pouvoir à )", "M. Genin")]
    [InlineData("M. Genin (pouvoir à Bravo)", "M. Genin >  Bravo")]
    [InlineData("(pouvoir à M. Bravo)", "")]
    public void Proxies_are_read_up_to_their_closing_parenthesis(string list, string expected) => Assert.Equal(expected, Read(list));

    [Theory]
    [InlineData("MM. Dupont, Durand et Mme Martin", "M. Dupont, M. Durand, Mme Martin")]
    [InlineData("MM. Dupont ET Martin", "M. Dupont, M. Martin")]
    [InlineData("MM. Dupont Et Martin", "M. Dupont Et Martin")]
    [InlineData("MMES Martin, Durand", "Mme Martin, Mme Durand")]
    [InlineData("MM.X Martin", " MM.X Martin")]
    [InlineData("Martin, Mme Durand", " Martin, Mme Durand")]
    [InlineData("M. Dupont (pouvoir à M. Durand, Mme Martin), Mme Perrin; M. Vidal et Mme Roux.", "M. Dupont > M. Durand, Mme Martin, Mme Perrin, M. Vidal, Mme Roux")]
    [InlineData("M. Dupont)), M. Durand (( et Mme Martin", "")]
    [InlineData(", , M. Dupont et ", "M. Dupont")]
    [InlineData("M. Dupont (pouvoir à M. Durand et Martin) et Mme Roux", "M. Dupont > M. Durand et Martin, Mme Roux")]
    [InlineData("M. Dupont et et M. Durand ET Mme Roux", "M. Dupont, M. et M. Durand, Mme Roux")]
    [InlineData("", "")]
    public void Civilities_and_conjunctions_split_as_before(string list, string expected) => Assert.Equal(expected, Read(list));

    [Theory]
    [InlineData("MME COCHAT (A  PARTIR  DE  LA  QUESTION  N°14)", 14, null)]
    [InlineData("M. DUPONT (arrivé au point 5)", 5, null)]
    [InlineData("M. DUPONT (jusqu’à la question n°13)", null, 13)]
    [InlineData("M. DUPONT (jusqu'au dossier no 7)", null, 7)]
    [InlineData("M. DUPONT (arrivé à 19 h 30)", null, null)]
    [InlineData("M. DUPONT (à partir de 20h)", null, null)]
    public void A_note_bounds_the_line_by_the_items_it_names(string list, int? from, int? until)
    {
        var person = Assert.Single(AttendanceListGrammar.Parse(list, 1, new DiagnosticBag(), MinutesLayout.Lists)).Person;

        Assert.Equal((from, until), (person.FromItem, person.UntilItem));
    }

    [Fact]
    public void A_sittings_lists_hold_for_an_item_as_their_bounds_say()
    {
        var late = new Person(Person.Madam, "COCHAT") { ArrivedLate = true, FromItem = 14 };
        var attendance = new Attendance(
            [late, new Person(Person.Mister, "DROULLOURS")],
            [new Absence(new Person(Person.Madam, "COCHAT") { UntilItem = 13 }, new Person(Person.Mister, "FERREIRA"))],
            []);

        Assert.Equal(["DROULLOURS"], attendance.For(13).Present.Select(p => p.Name));
        Assert.Equal(["COCHAT"], attendance.For(13).Excused.Select(a => a.Person.Name));
        Assert.Equal(["COCHAT", "DROULLOURS"], attendance.For(14).Present.Select(p => p.Name));
        Assert.Empty(attendance.For(14).Excused);
    }

    private static string Read(string list) => string.Join(", ", AttendanceListGrammar.Parse(list, 1, new DiagnosticBag())
        .Select(i => i.Proxy is null ? $"{i.Person.Civility} {i.Person.Name}" : $"{i.Person.Civility} {i.Person.Name} > {i.Proxy.Civility} {i.Proxy.Name}"));
}
