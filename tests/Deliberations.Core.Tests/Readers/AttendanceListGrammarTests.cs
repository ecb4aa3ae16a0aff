using Deliberations.Core.Parsing;
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

    private static string Read(string list) => string.Join(", ", AttendanceListGrammar.Parse(list, 1, new DiagnosticBag())
        .Select(i => i.Proxy is null ? $"{i.Person.Civility} {i.Person.Name}" : $"{i.Person.Civility} {i.Person.Name} > {i.Proxy.Civility} {i.Proxy.Name}"));
}
