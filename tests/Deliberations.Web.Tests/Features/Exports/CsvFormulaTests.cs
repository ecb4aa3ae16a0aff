using System.Globalization;
using System.Text;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Exports;

/// <summary>Text a spreadsheet would run as a formula is neutralised in every export; numbers stay numbers.</summary>
public class CsvFormulaTests(UnsafeTextSite site) : IClassFixture<UnsafeTextSite>
{
    /// <summary>What OWASP lists as the start of a formula.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    [Fact]
    public async Task A_title_that_reads_as_a_formula_starts_with_an_apostrophe()
    {
        var csv = await CsvFile.GetAsync(site.CreateClient(), "/export/deliberations.csv");

        Assert.Equal("'" + UnsafeTextSite.FormulaTitle, csv.Rows.Single(r => r["DELIB_ID"] == UnsafeTextSite.FormulaNumber)["DELIB_OBJET"]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Encoding.UTF8.GetString(csv.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beneficiaries_that_read_as_formulas_start_with_an_apostrophe_and_amounts_stay_numbers()
    {
        var csv = await CsvFile.GetAsync(site.CreateClient(), "/export/subventions.csv");

        var rows = csv.Rows.Where(r => r["referenceDecision"] == UnsafeTextSite.FormulaNumber).ToList();
        Assert.Equal(UnsafeTextSite.Beneficiaries.Select(b => "'" + b.Name), rows.Select(r => r["nomBeneficiaire"]));
        Assert.All(rows, r => Assert.Equal("'" + UnsafeTextSite.FormulaTitle, r["objet"]));
        Assert.Equal(["-12.5", "1000", "", "3"], rows.Select(r => r["montant"]));
        Assert.Contains(",-12.5,aide en numéraire,", Encoding.UTF8.GetString(csv.Bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/deliberations.csv")]
    [InlineData("/export/subventions.csv")]
    [InlineData("/export/presences.csv")]
    [InlineData("/export/budget.csv")]
    public async Task No_cell_starts_a_formula_unless_it_is_a_plain_number(string url)
    {
        var csv = await CsvFile.GetAsync(site.CreateClient(), url);

        Assert.All(csv.Rows.SelectMany(r => r.Values), cell => Assert.True(
            cell.Length == 0 || !FormulaStarts.Contains(cell[0]) || decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            cell));
    }
}
