using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Tests.Readers;

public class ImputationReaderTests
{
    private static IReadOnlyList<Imputation> Read(string article, DiagnosticBag? diagnostics = null) =>
        ImputationReader.Read(new OperativePart("DELIBERE", [new Article("3°", article, [], 42)], 40), diagnostics ?? new DiagnosticBag());

    [Fact]
    public void Reads_an_expense_with_its_operation()
    {
        var i = Assert.Single(Read("La dépense de fonctionnement en résultant, soit 35 000 €, sera imputée sur les crédits inscrits au budget principal - exercice 2018 - chapitre 65 - opération n° 0P02O4984."));
        Assert.Equal(new Imputation(35000m, "dépense", "fonctionnement", "budget principal", i.Years, "65", "0P02O4984", "3°", 42), i);
        Assert.Equal([2018], i.Years);
    }

    [Theory]
    [InlineData("exercices 2022 et 2023", new[] { 2022, 2023 })]
    [InlineData("exercices 2022 à 2024", new[] { 2022, 2023, 2024 })]
    [InlineData("exercices 2021, 2022 et 2023", new[] { 2021, 2022, 2023 })]
    public void Reads_every_year(string years, int[] expected)
    {
        var i = Assert.Single(Read($"La recette d'investissement prévisionnelle en résultant, soit 693 800 €, sera imputée sur les crédits à inscrire au budget principal - {years} - chapitre 13."));
        Assert.Equal(expected, i.Years);
        Assert.Equal(("recette", "investissement", "13", null), (i.Direction, i.Section, i.Chapter, i.Operation));
    }

    [Fact]
    public void Reads_an_annex_budget()
    {
        var i = Assert.Single(Read("La dépense d'investissement, soit 1 200 000 €, sera imputée sur le budget annexe des eaux - exercice 2020 - chapitre 23."));
        Assert.Equal("budget annexe des eaux", i.Budget);
        Assert.Equal(1200000m, i.Amount);
    }

    [Fact]
    public void An_imputation_without_amount_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var i = Assert.Single(Read("La dépense en résultant sera imputée sur les crédits inscrits au budget principal.", diagnostics));
        Assert.Null(i.Amount);
        Assert.Contains(diagnostics.Items, d => d.Code == "imputation-incomplete");
    }

    [Fact]
    public void Articles_that_book_nothing_give_nothing() => Assert.Empty(Read("Autorise monsieur le Président à signer ladite convention."));
}
