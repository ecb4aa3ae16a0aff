using Deliberations.Core.Model;
using Deliberations.Core.Parsing.Readers;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Readers;

public class HeaderReaderTests
{
    private static readonly string[] Grouped =
    [
        "EXTRAIT DU REGISTRE DES DELIBERATIONS", "", "Conseil du **5 novembre 2018**", "", "Délibération n° 2018-3067", "",
        "commission principale : développement économique", "", "commune (s) :", "",
        "objet : **Projet Self data territorial - Convention**", "", "service : **Direction de l'innovation**", "",
        "Rapporteur : Madame la Vice-Présidente Bouzerda", "", "Président : Monsieur David Kimelfeld", "",
        "Nombre de conseillers en exercice au jour de la séance : 165", "", "Date de convocation du Conseil : mardi 16 octobre 2018", "",
        "Secrétaire élu : Madame Elsa Michonneau", "", "Affiché le : mercredi 7 novembre 2018", "",
        "Présents : MM. Kimelfeld, Grivel.", "",
        "Conseil du 5 novembre 2018**Délibération n° 2018-3067**", "", "objet : **Projet Self data territorial - Convention**", "",
        "Le Conseil,", "", "Vu le rapport du 11 octobre 2018, par lequel monsieur le Président expose ce qui suit :",
    ];

    [Fact]
    public void Reads_every_field_of_the_grouped_layout()
    {
        var s = Snippet.Of(Grouped);
        var h = HeaderReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal("Conseil", h.Body);
        Assert.Equal(new DateOnly(2018, 11, 5), h.SessionDate);
        Assert.Equal("2018-3067", h.Number);
        Assert.Equal("développement économique", h.Commission);
        Assert.Null(h.Communes);
        Assert.Equal("Projet Self data territorial - Convention", h.Title);
        Assert.Equal(11, h.TitleLine);
        Assert.Equal("Direction de l'innovation", h.Service);
        Assert.Equal(new Person("Mme", "Bouzerda", null, "Vice-Présidente", 15), h.Rapporteur);
        Assert.Equal(new Person("M.", "Kimelfeld", "David", null, 17), h.President);
        Assert.Equal(new Person("Mme", "Michonneau", "Elsa", null, 23), h.Secretary);
        Assert.Equal(165, h.MembersInOffice);
        Assert.Equal(new DateOnly(2018, 10, 16), h.ConvocationDate);
        Assert.Equal(new DateOnly(2018, 11, 7), h.PostedDate);
        Assert.Equal(new DateOnly(2018, 10, 11), h.ReportDate);
        Assert.Empty(s.Diagnostics.Items);
    }

    [Fact]
    public void The_repeated_header_fills_what_the_top_lacks_and_a_disagreement_is_reported()
    {
        var lines = Grouped.Where(l => !l.StartsWith("Délibération", StringComparison.Ordinal)).ToArray();
        var s = Snippet.Of(lines);
        Assert.Equal("2018-3067", HeaderReader.Read(s.Source, s.Map, s.Diagnostics).Number);
        Assert.DoesNotContain("header-mismatch", s.Codes);

        var other = Snippet.Of([.. Grouped.Select(l => l == "Délibération n° 2018-3067" ? "Délibération n° 2018-3068" : l)]);
        Assert.Equal("2018-3068", HeaderReader.Read(other.Source, other.Map, other.Diagnostics).Number);
        Assert.Contains("header-mismatch", other.Codes);
    }

    [Fact]
    public void A_title_only_repeated_points_at_its_repetition()
    {
        var lines = Grouped.Select((l, i) => i == 10 ? "objet :" : l).ToArray();
        var s = Snippet.Of(lines);
        var h = HeaderReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal(("Projet Self data territorial - Convention", 31), (h.Title, h.TitleLine));
    }

    [Theory]
    [InlineData("Commission permanente du **15 janvier 2018**", "Décision n° **CP-2018-2133**", "Commission permanente", "CP-2018-2133")]
    [InlineData("**Conseil du 13 décembre 2021**", "**Délibération n° 2021-0801**", "Conseil", "2021-0801")]
    [InlineData("CONSEIL DU 1er MARS 2019", "DELIBERATION N° 2019-0001", "Conseil", "2019-0001")]
    public void Reads_body_and_number_in_every_style(string sitting, string number, string body, string expected)
    {
        var s = Snippet.Of(sitting, "", number, "", "Présents : M. A.");
        var h = HeaderReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal(body, h.Body);
        Assert.Equal(expected, h.Number);
    }

    [Fact]
    public void An_unknown_field_is_reported_not_dropped_silently()
    {
        var s = Snippet.Of("Conseil du 5 novembre 2018", "Délibération n° 2018-0001", "Quorum atteint : oui", "", "Présents : M. A.");
        HeaderReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Contains("header-unknown-field", s.Codes);
    }

    [Fact]
    public void A_wrapped_object_is_joined()
    {
        var s = Snippet.Of("Conseil du 5 novembre 2018", "Délibération n° 2018-0001", "objet : Attribution d'une subvention", "à l'association FING", "", "Présents : M. A.");
        Assert.Equal("Attribution d'une subvention à l'association FING", HeaderReader.Read(s.Source, s.Map, s.Diagnostics).Title);
    }

    [Fact]
    public void Without_attendance_the_header_is_looked_for_at_the_top()
    {
        var s = Snippet.Of("Conseil du 5 novembre 2018", "Délibération n° 2018-0001", "objet : Un objet");
        var h = HeaderReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal(("2018-0001", "Un objet"), (h.Number, h.Title));
    }

    [Theory]
    [InlineData("Madame la Vice-Présidente Dognin-Sauze", "Mme", null, "Dognin-Sauze", "Vice-Présidente")]
    [InlineData("Madame la Conseillère déléguée Peillon", "Mme", null, "Peillon", "Conseillère déléguée")]
    [InlineData("Monsieur le Conseiller délégué Le Faou", "M.", null, "Le Faou", "Conseiller délégué")]
    [InlineData("Monsieur David Kimelfeld", "M.", "David", "Kimelfeld", null)]
    [InlineData("Madame Émeline Baume", "Mme", "Émeline", "Baume", null)]
    [InlineData("Monsieur Jean-Paul Da Passano", "M.", "Jean-Paul", "Da Passano", null)]
    [InlineData("Monsieur Van Styvendael", "M.", null, "Van Styvendael", null)]
    [InlineData("Monsieur Kimelfeld", "M.", null, "Kimelfeld", null)]
    public void Reads_a_written_out_person(string text, string civility, string? first, string name, string? role) =>
        Assert.Equal(new Person(civility, name, first, role, 3), PersonNameReader.Read(text, 3));

    [Theory]
    [InlineData("")]
    [InlineData("le Président")]
    [InlineData("Monsieur")]
    public void Returns_null_when_no_person_is_written(string text) => Assert.Null(PersonNameReader.Read(text, 1));
}
