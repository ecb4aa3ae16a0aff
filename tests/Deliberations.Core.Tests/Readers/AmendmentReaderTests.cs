using Deliberations.Core.Parsing.Readers;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Readers;

public class AmendmentReaderTests
{
    private static readonly string[] Report =
    [
        "Le Conseil,", "", "## 6° - Budget", "",
        "\tBudget (en €)\tRecettes (en €)", "Projet A\t100 000\t50 000", "Projet B\t200 000\t80 000", "<b>Total</b>\t<b>300 000</b>\t<b>130 000</b>", "",
        "Vu ledit dossier ;", "",
    ];

    private static readonly string[] Interventions =
    [
        "Où l'intervention de madame le rapporteur précisant que :", "",
        "\"- Dans l'exposé des motifs, dans le **6° Budget**, il convient de lire :", "",
        "\tBudget (en €)\tRecettes (en €)", "Projet A\t100 000\t50 000", "Projet B\t200 000\t80 500", "<b>Total</b>\t<b>300 000</b>\t<b>130 500</b>", "",
        "au lieu de :", "",
        "\tBudget (en €)\tRecettes (en €)", "Projet A\t100 000\t50 000", "Projet B\t200 000\t80 000", "<b>Total</b>\t<b>300 000</b>\t<b>130 000</b>", "",
        "- Dans le **DELIBERE**, il convient de lire en conséquence :", "",
        "\"3° - La recette en résultant, soit 130 500 €, sera imputée.\"", "", "au lieu de :", "",
        "\"3° - La recette en résultant, soit 130 000 €, sera imputée.\"", "",
    ];

    [Fact]
    public void A_corrected_table_replaces_the_report_table_and_keeps_the_replaced_figures()
    {
        var s = Snippet.Of([.. Report, .. Interventions, "DELIBERE", "3° - La recette en résultant, soit 130 500 €, sera imputée."]);
        var reportTables = BudgetTableReader.Read(s.Source, s.Map.Report, s.Diagnostics);
        var result = AmendmentReader.Read(s.Source, s.Map, reportTables, s.Diagnostics);

        var table = Assert.Single(result.Tables);
        Assert.Equal("6° - Budget", table.Caption);
        Assert.Equal(reportTables[0].Line, table.Line);
        Assert.Equal([300000m, 130500m], table.Rows[^1].Values);

        Assert.Equal(2, result.Amendments.Count);
        Assert.Equal("Dans l'exposé des motifs, dans le 6° Budget", result.Amendments[0].Target);
        Assert.Equal(["80000→80500", "130000→130500"], result.Amendments[0].Changes.Select(c => $"{c.Before}→{c.After}"));
        Assert.Equal("Dans le DELIBERE", result.Amendments[1].Target);
        var change = Assert.Single(result.Amendments[1].Changes);
        Assert.Equal((130000m, 130500m), (change.Before, change.After));
        Assert.StartsWith("3°", change.Label, StringComparison.Ordinal);
        Assert.Contains("amendment-applied", s.Codes);
    }

    [Fact]
    public void A_replaced_table_absent_from_the_report_is_reported()
    {
        var s = Snippet.Of(["Le Conseil,", "Texte.", "Vu ledit dossier ;", .. Interventions, "DELIBERE", "1° - Approuve."]);
        var result = AmendmentReader.Read(s.Source, s.Map, [], s.Diagnostics);
        Assert.Empty(result.Tables);
        Assert.Contains("amendment-table-not-found", s.Codes);
    }

    [Fact]
    public void A_correction_without_au_lieu_de_is_reported()
    {
        var s = Snippet.Of("Le Conseil,", "Vu ledit dossier ;", "Dans le DELIBERE, il convient de lire : 2° - Autorise.", "", "DELIBERE", "1° - Approuve.");
        Assert.Empty(AmendmentReader.Read(s.Source, s.Map, [], s.Diagnostics).Amendments);
        Assert.Contains("amendment-unmatched", s.Codes);
    }

    [Theory]
    [InlineData("Dans le DELIBERE, il", "convient de lire :")]
    [InlineData("Dans le DELIBERE, il convient", "de lire :")]
    [InlineData("Dans le DELIBERE, il convient de", "lire :")]
    [InlineData("Dans le DELIBERE, IL CONVIENT", "DE LIRE :")]
    public void An_intro_wrapped_at_any_of_its_spaces_is_read(string first, string second)
    {
        var s = Snippet.Of("Le Conseil,", "Vu ledit dossier ;", first, second, "", "\"2° - Autorise.\"", "", "au lieu de :", "", "\"2° - Approuve.\"", "", "DELIBERE", "1° - Approuve.");
        var amendment = Assert.Single(AmendmentReader.Read(s.Source, s.Map, [], s.Diagnostics).Amendments);
        Assert.Equal("Dans le DELIBERE", amendment.Target);
        Assert.Equal("2° - Autorise.", amendment.CorrectedText);
    }
}
