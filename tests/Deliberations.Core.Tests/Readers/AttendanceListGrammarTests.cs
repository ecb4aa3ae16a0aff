using System.Text.RegularExpressions;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Tests.Readers;

/// <summary>The hand-written scans of the attendance grammar must keep the meaning of the patterns they replaced.</summary>
public class AttendanceListGrammarTests
{
    /// <summary>The surname pattern <see cref="AttendanceListGrammar.IsNameShape"/> stands for.</summary>
    private static readonly Regex NameShape = new(@"^\p{L}[\p{L}\p{M}'’\- .]*$");

    [Theory]
    [InlineData("Kimelfeld")]
    [InlineData("Le Faou")]
    [InlineData("Dognin-Sauze")]
    [InlineData("d'Ornano")]
    [InlineData("N’Diaye")]
    [InlineData("St. Jean")]
    [InlineData("Azcue\u0301")]
    [InlineData("Émeline")]
    [InlineData("Ωmega")]
    [InlineData("")]
    [InlineData("2Pac")]
    [InlineData("Dupont2")]
    [InlineData("-Dupont")]
    [InlineData("\u0301Dupont")]
    [InlineData("Dupont (pouvoir")]
    [InlineData("Dupont\tDurand")]
    [InlineData("Dupont\u00A0Durand")]
    [InlineData("Du_pont")]
    [InlineData("\uD835\uDC00bc")]
    public void Name_shape_agrees_with_its_pattern(string item) =>
        Assert.Equal(NameShape.IsMatch(item), AttendanceListGrammar.IsNameShape(item));

    /// <summary>Items are trimmed before the test, so no line feed ends one (where the pattern's <c>$</c> would let it pass).</summary>
    [Fact]
    public void Name_shape_agrees_with_its_pattern_on_every_character()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            foreach (var item in new[] { $"{c}", $"{c}b", $"A{c}b" })
            {
                Assert.True(NameShape.IsMatch(item) == AttendanceListGrammar.IsNameShape(item), $"U+{(int)c:X4} in « {item} »");
            }
        }
    }

    /// <summary>The civility pattern <see cref="AttendanceListGrammar.LeadingCivility"/> stands for.</summary>
    private static readonly Regex LeadingCivility = new(@"^(?<civ>MM\.?|Mmes\.?|MMES\.?|Mme\.?|MME\.?|Mlle\.?|M\.|Monsieur|Madame|Messieurs|Mesdames)(?=\s|$)");

    [Fact]
    public void Leading_civility_agrees_with_its_pattern()
    {
        string[] words = ["MM", "MM.", "MM..", "Mmes", "Mmes.", "MMES", "MMES.", "Mme", "Mme.", "MME", "MME.", "Mlle", "Mlle.", "M", "M.", "M..", "Monsieur", "Monsieur.", "Madame",
            "Messieurs", "Mesdames", "Mesdames.", "MMe", "Mm", "mme", "Mademoiselle", "Messire", "Mm.", "MMS", "MMES.X", "Dupont", "", "Mr"];
        string[] after = ["", " ", " Dupont", "\tDupont", "\u00A0Dupont", "\u202FDupont", "\n", "\nDupont", "Dupont", ".", "-Dupont", ",", "s Dupont"];
        foreach (var word in words)
        {
            foreach (var rest in after)
            {
                var item = word + rest;
                var m = LeadingCivility.Match(item);
                var (length, civility) = AttendanceListGrammar.LeadingCivility(item);
                Assert.True((m.Success ? m.Length : 0) == length, $"« {item} »");
                Assert.True((m.Success ? French.Civility(m.Groups["civ"].Value) : null) == civility, $"« {item} »");
            }
        }
    }

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
