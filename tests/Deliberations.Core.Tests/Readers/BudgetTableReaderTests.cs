using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Readers;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Readers;

public class BudgetTableReaderTests
{
    [Fact]
    public void Reads_a_tab_separated_table_with_an_empty_first_header_cell()
    {
        var s = Snippet.Of(
            "## 6° - Budget", "", "Au total, 2 projets.", "",
            "\tBudget global (en €)\tFinancement (en €)",
            "Laclasse.com\t120 000\t60 000",
            "DatAgora\t306\u00A0000\t180\u202F000",
            "<b>Coût total</b>\t<b>426 000</b>\t<b>240 000</b>");
        var table = Assert.Single(BudgetTableReader.Read(s.Source, s.All, s.Diagnostics));
        Assert.Equal("6° - Budget", table.Caption);
        Assert.Equal(["Budget global (en €)", "Financement (en €)"], table.Columns);
        Assert.Equal(["Laclasse.com 120000,60000 False", "DatAgora 306000,180000 False", "Coût total 426000,240000 True"], table.Rows.Select(r => $"{r.Label} {string.Join(',', r.Values)} {r.IsTotal}"));
        Assert.Equal(5, table.Line);
    }

    [Fact]
    public void Splits_a_two_sided_pipe_table_into_expenses_and_revenues()
    {
        var s = Snippet.Of(
            "#### IV - Budget prévisionnel",
            "",
            "| Dépenses (en €) |     | Recettes (en €) |    |",
            "|---|---|---|---|",
            "| location | 125 000 | Métropole de Lyon | 26 500 |",
            "| salaires | 155 000 | partenaires | 253 500 |",
            "| <b>Total</b> | <b>280 000</b> | <b>Total</b> | <b>280 000</b> |");
        var tables = BudgetTableReader.Read(s.Source, s.All, s.Diagnostics);
        Assert.Equal(["IV - Budget prévisionnel — Dépenses", "IV - Budget prévisionnel — Recettes"], tables.Select(t => t.Caption));
        Assert.All(tables, t => Assert.Equal(280000m, t.Rows[^1].Values[0]));
        Assert.All(tables, t => Assert.True(t.Rows[^1].IsTotal));
        Assert.Equal(["Métropole de Lyon", "partenaires", "Total"], tables[1].Rows.Select(r => r.Label));
    }

    [Fact]
    public void A_table_without_amounts_is_not_a_budget_table()
    {
        var s = Snippet.Of("| Commune | Phase |", "|---|---|", "| Bron | 1 bis |");
        Assert.Empty(BudgetTableReader.Read(s.Source, s.All, s.Diagnostics));
        Assert.Contains("table-not-budget", s.Codes);
    }

    [Fact]
    public void An_unreadable_amount_is_reported()
    {
        var s = Snippet.Of("\tMontant", "Projet A\t12 000", "Projet B\tdouze mille");
        BudgetTableReader.Read(s.Source, s.All, s.Diagnostics);
        Assert.Contains("table-cell-unreadable", s.Codes);
    }

    [Fact]
    public void Trailing_tabs_are_not_cells()
    {
        var s = Snippet.Of("\tMontant\t", "Projet A\t12 000\t ", "Total\t12 000\t");
        var table = Assert.Single(BudgetTableReader.Read(s.Source, s.All, s.Diagnostics));
        Assert.Equal(["Montant"], table.Columns);
    }

    [Fact]
    public void Rows_that_do_not_add_up_are_reported_by_the_parser()
    {
        var parsed = ExtractParser.Parse(string.Join("\n",
            "Conseil du 5 novembre 2018", "Délibération n° 2018-0001", "", "Présents : M. A.", "", "Le Conseil,", "",
            "\tMontant", "Projet A\t12 000", "Projet B\t8 000", "Total\t21 000", "", "Vu ledit dossier ;", "DELIBERE", "1° - Approuve."));
        var mismatch = Assert.Single(parsed.Diagnostics, d => d.Code == "table-total-mismatch");
        Assert.Equal(11, mismatch.Line);
    }

    [Fact]
    public void A_grand_total_after_sub_totals_adds_up_every_row_above_it()
    {
        var parsed = ExtractParser.Parse(string.Join("\n",
            "Conseil du 5 novembre 2018", "Délibération n° 2018-0001", "", "Présents : M. A.", "", "Le Conseil,", "",
            "\tMontant", "Projet A\t12 000", "Sous-total\t12 000", "Projet B\t8 000", "Sous-total\t8 000", "Total\t20 000", "Total faux\t21 000",
            "", "Vu ledit dossier ;", "DELIBERE", "1° - Approuve."));
        var mismatch = Assert.Single(parsed.Diagnostics, d => d.Code == "table-total-mismatch");
        Assert.Equal(14, mismatch.Line);
    }
}
