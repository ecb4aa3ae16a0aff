using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Tests.Readers;

public class BeneficiaryReaderTests
{
    private static Imputation Expense(decimal amount) => new(amount, "dépense", "fonctionnement", "budget principal", [2019], "65", null, "3°", 96);

    private static Imputation Revenue(decimal amount) => new(amount, "recette", "investissement", "budget principal", [2022], "13", null, "3°", 96);

    /// <summary>An article as the operative part reader builds it: the lead, then each sub-point on its own line.</summary>
    private static Article Article(string number, int line, string lead, params string[] subPoints)
    {
        var subs = subPoints.Select((t, i) => new SubPoint($"{(char)('a' + i)})", t, line + (2 * (i + 1)))).ToList();
        var text = string.Join(' ', new[] { lead }.Concat(subs.Select(s => $"{s.Label} {s.Text}"))).Trim();
        return new Article(number, text, subs, line);
    }

    private static IReadOnlyList<Beneficiary> Read(string? title, IReadOnlyList<Imputation> imputations, DiagnosticBag? diagnostics, params Article[] articles) =>
        BeneficiaryReader.Read(
            new Header { Title = title, TitleLine = title is null ? 0 : 18 },
            new OperativePart("DELIBERE", articles, 86),
            imputations,
            diagnostics ?? new DiagnosticBag());

    [Fact]
    public void A_subsidy_to_an_association_gives_its_name_nature_and_amount()
    {
        var diagnostics = new DiagnosticBag();
        var found = Read(
            "Attribution d'une subvention à l'association Réseau des territoires innovants pour l'organisation du forum",
            [Expense(26500m)],
            diagnostics,
            Article("1°", 142, "Approuve :", "l'attribution d'une subvention de fonctionnement d'un montant de 26 500 € au profit de l'association Réseau des territoires innovants dans le cadre de l'organisation du forum,", "la convention à passer entre la Métropole et l'association Réseau des territoires innovants définissant, notamment, les conditions d'utilisation de cette subvention."));
        Assert.Equal([new Beneficiary("Réseau des territoires innovants", null, 26500m, "association", 18, BeneficiaryKind.Grant)], found);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_partner_named_by_name_and_by_acronym_is_one_and_takes_the_single_expense()
    {
        var found = Read(
            "Projet Self data territorial - Convention de partenariat entre la Métropole de Lyon et la Fondation internet nouvelle génération (FING)",
            [Expense(35000m)],
            null,
            Article("1°", 88, "Approuve :", "le projet \"Self data territorial\",", "la convention de partenariat à passer entre la Métropole et l'association FING, fixant les modalités financières."),
            Article("3°", 96, "La dépense de fonctionnement en résultant, soit 35 000 €, sera imputée sur les crédits inscrits au budget principal - exercice 2018 - chapitre 65."));
        Assert.Equal([new Beneficiary("Fondation internet nouvelle génération", "FING", 35000m, "association", 18, BeneficiaryKind.Participation)], found);
    }

    [Fact]
    public void The_acronym_read_first_gives_way_to_the_full_name()
    {
        var found = Read(
            null,
            [Expense(35000m)],
            null,
            Article("1°", 88, "Approuve la convention à passer entre la Métropole et l'association FING."),
            Article("2°", 90, "Une participation sera versée à la Fondation internet nouvelle génération (FING), d'un montant de 35 000 €."));
        Assert.Equal([new Beneficiary("Fondation internet nouvelle génération", "FING", 35000m, "association", 88, BeneficiaryKind.Participation)], found);
    }

    [Fact]
    public void A_composed_subsidy_reads_another_association_and_amount()
    {
        var found = Read(
            "Attribution d'une subvention à l'association Lyon French Tech pour son programme d'animation 2023",
            [Expense(12000m)],
            null,
            Article("1°", 40, "Attribue une subvention de fonctionnement d'un montant de 12 000 € au profit de l'association Lyon French Tech pour son programme d'animation de l'écosystème numérique en 2023."),
            Article("2°", 42, "La dépense de fonctionnement en résultant, soit 12 000 €, sera imputée sur les crédits inscrits au budget principal - exercice 2023 - chapitre 65."));
        Assert.Equal([new Beneficiary("Lyon French Tech", null, 12000m, "association", 18, BeneficiaryKind.Grant)], found);
    }

    [Fact]
    public void Each_organisation_takes_the_amount_printed_beside_it()
    {
        var found = Read(
            null,
            [Expense(32500m)],
            null,
            Article("1°", 40, "Attribue des subventions de fonctionnement pour un montant total de 32 500 € au profit des bénéficiaires suivants :", "20 000 € au profit de l'association Le Passe-Jardins,", "12 500 € au profit de la société Terre d'Union (SCTU)."));
        Assert.Equal(
            [new Beneficiary("Le Passe-Jardins", null, 20000m, "association", 42, BeneficiaryKind.Grant), new Beneficiary("Terre d'Union", "SCTU", 12500m, "société", 44, BeneficiaryKind.Grant)],
            found);
    }

    [Theory]
    [InlineData("Attribue une subvention de 5 000 € au profit de l'association Les Amis du Tuba.", BeneficiaryKind.Grant)]
    [InlineData("Attribue une aide exceptionnelle de 5 000 € au profit de l'association Les Amis du Tuba.", BeneficiaryKind.Grant)]
    [InlineData("Une cotisation annuelle de 5 000 € sera versée à l'association Les Amis du Tuba.", BeneficiaryKind.Participation)]
    [InlineData("Approuve la participation financière de la Métropole, d'un montant de 5 000 €, au profit de l'association Les Amis du Tuba.", BeneficiaryKind.Participation)]
    [InlineData("Approuve la convention de partenariat à passer entre la Métropole et l'association Les Amis du Tuba.", BeneficiaryKind.Participation)]
    [InlineData("La somme de 5 000 € sera versée à l'association Les Amis du Tuba.", BeneficiaryKind.OtherExpense)]
    public void The_kind_of_money_is_the_word_that_introduces_it(string article, BeneficiaryKind kind)
    {
        var found = Assert.Single(Read(null, [Expense(5000m)], null, Article("1°", 40, article)));
        Assert.Equal(("Les Amis du Tuba", kind), (found.Name, found.Kind));
    }

    [Fact]
    public void A_later_mention_makes_an_unnamed_kind_precise_but_never_changes_a_named_one()
    {
        var precise = Assert.Single(Read(null, [Expense(5000m)], null,
            Article("1°", 40, "La somme de 5 000 € sera versée à l'association Les Amis du Tuba."),
            Article("2°", 42, "Une subvention de 5 000 € est attribuée au profit de l'association Les Amis du Tuba.")));
        Assert.Equal(BeneficiaryKind.Grant, precise.Kind);

        var kept = Assert.Single(Read(null, [Expense(5000m)], null,
            Article("1°", 40, "Une cotisation de 5 000 € sera versée à l'association Les Amis du Tuba."),
            Article("2°", 42, "Une subvention de 5 000 € est attribuée au profit de l'association Les Amis du Tuba.")));
        Assert.Equal(BeneficiaryKind.Participation, kept.Kind);
    }

    [Theory]
    [InlineData("au profit de la commune de Villeurbanne pour", "Villeurbanne", "commune")]
    [InlineData("au profit du Centre communal d'action sociale (CCAS), pour", "Centre communal d'action sociale", null)]
    [InlineData("au profit de l'association « Les Amis du Tuba » afin de", "Les Amis du Tuba", "association")]
    [InlineData("au profit de Lyon Start-up; le reste", "Lyon Start-up", null)]
    [InlineData("au profit de la société SPL Lyon Part-Dieu qui", "SPL Lyon Part-Dieu", "société")]
    public void A_name_ends_where_its_clause_does(string words, string name, string? nature)
    {
        var found = Assert.Single(Read(null, [], null, Article("1°", 40, $"Attribue une subvention d'un montant de 5 000 € {words} la suite.")));
        Assert.Equal((name, nature, 5000m), (found.Name, found.Nature, found.Amount));
    }

    [Fact]
    public void A_convention_partner_of_a_decision_that_books_only_revenue_is_no_beneficiary()
    {
        var found = Read(
            "France Relance - Conventions de financement avec l'État et l'Agence nationale de la cohésion des territoires (ANCT)",
            [Revenue(693800m)],
            null,
            Article("1°", 205, "Approuve :", "les conventions à passer entre la Métropole et l'Etat - DINUM dans le cadre du fonds,", "les conventions à passer entre la Métropole et l'ANCT dans le cadre du fonds Coconstruction,"));
        Assert.Empty(found);
    }

    [Fact]
    public void A_convention_partner_of_a_decision_that_books_nothing_is_no_beneficiary() =>
        Assert.Empty(Read(
            "Convention de partenariat entre la Métropole de Lyon et la Ville de Lyon - Autorisation de signer la convention",
            [],
            null,
            Article("1°", 40, "Approuve la convention à passer entre la Métropole et la Ville de Lyon.")));

    [Fact]
    public void Entre_la_Metropole_without_a_convention_is_no_beneficiary() =>
        Assert.Empty(Read(null, [Expense(1000m)], null, Article("1°", 40, "Prend acte des échanges entre la Métropole et la Ville de Lyon.")));

    [Theory]
    [InlineData("Attribue une subvention d'un montant de 5 000 € au profit des usagers du service.")]
    [InlineData("Approuve la cession au profit de la Métropole de Lyon du terrain.")]
    [InlineData("Attribue une subvention à l'occasion de la fête des Lumières.")]
    [InlineData("Approuve la convention avec les communes partenaires, sans contrepartie financière.")]
    public void Phrases_that_name_no_organisation_give_nothing(string article)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Empty(Read(null, [Expense(5000m)], diagnostics, Article("1°", 40, article)));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void An_announced_organisation_without_a_readable_name_is_reported_not_guessed()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Empty(Read(null, [Expense(5000m)], diagnostics, Article("1°", 40, "Attribue une subvention au profit de l'association des parents d'élèves.")));
        Assert.Contains(diagnostics.Items, d => d.Code == "beneficiary-unclear" && d.Line == 40);
    }

    [Fact]
    public void One_amount_for_two_organisations_belongs_to_neither()
    {
        var found = Read(
            null,
            [Expense(10000m)],
            null,
            Article("1°", 40, "Attribue une subvention d'un montant de 10 000 € au profit de l'association Alpha, et la convention entre la Métropole et l'association Beta."));
        Assert.Equal([("Alpha", (decimal?)null), ("Beta", null)], found.Select(b => (b.Name, b.Amount)));
    }

    [Fact]
    public void Nothing_to_read_gives_nothing() => Assert.Empty(Read(null, [], null));
}
