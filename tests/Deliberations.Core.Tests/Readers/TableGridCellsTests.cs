using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Tests.Readers;

public class TableGridCellsTests
{
    [Theory]
    [InlineData("a|b|c", '|')]
    [InlineData("|a||b|", '|')]
    [InlineData("", '|')]
    [InlineData("|", '|')]
    [InlineData("Libellé\t2022\t\t1 200 €", '\t')]
    [InlineData("\tpremière cellule vide", '\t')]
    [InlineData("sans séparateur", '\t')]
    public void Cells_are_those_of_string_split(string row, char separator) =>
        Assert.Equal(row.Split(separator), TableGridReader.Cells(row, separator));
}
