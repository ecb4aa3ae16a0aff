using Deliberations.Web.Features.Decisions;

namespace Deliberations.Web.Tests.Features.Decisions;

public class BudgetTableViewTests
{
    private static (string, IReadOnlyList<decimal?>, bool) Row(string label, bool total, params decimal?[] values) => (label, values, total);

    [Fact]
    public void Totals_equal_to_their_rows_pass()
    {
        var table = BudgetTableView.Check("6° - Budget", ["Budget", "DINUM"], [Row("A", false, 120000, 60000), Row("B", false, 306000, 180800), Row("Coût total", true, 426000, 240800)]);

        Assert.Empty(table.Mismatches);
        Assert.True(table.HasTotals);
    }

    [Fact]
    public void A_wrong_total_is_reported_with_the_sum_of_its_rows()
    {
        var table = BudgetTableView.Check(null, ["Budget", "DINUM"], [Row("A", false, 120000, 60000), Row("B", false, 306000, 180800), Row("Coût total", true, 426000, 240000)]);

        var mismatch = Assert.Single(table.Mismatches);
        Assert.Equal(new TotalMismatch("Coût total", "DINUM", 240000, 240800), mismatch);
        Assert.Equal(240800, table.Rows[^1].Cells[1].Sum);
        Assert.False(table.Rows[^1].Cells[0].IsMismatch);
    }

    [Fact]
    public void Sub_totals_restart_the_sum_and_a_grand_total_may_sum_everything()
    {
        var table = BudgetTableView.Check(null, ["€"],
        [
            Row("A", false, 10), Row("B", false, 20), Row("Sous-total 1", true, 30),
            Row("C", false, 5), Row("Sous-total 2", true, 5),
            Row("Total", true, 35),
        ]);

        Assert.Empty(table.Mismatches);
    }

    [Fact]
    public void Empty_cells_are_kept_and_a_total_over_nothing_is_not_judged()
    {
        var table = BudgetTableView.Check(null, ["Dépenses", "Recettes"], [Row("A", false, 10, null), Row("Total", true, 10, 99)]);

        Assert.Empty(table.Mismatches);
        Assert.Null(table.Rows[0].Cells[1].Value);
    }

    [Fact]
    public void Short_rows_are_padded_to_the_columns()
    {
        var table = BudgetTableView.Check(null, ["X", "Y"], [Row("A", false, 10)]);

        Assert.Equal(2, table.Rows[0].Cells.Count);
    }
}
