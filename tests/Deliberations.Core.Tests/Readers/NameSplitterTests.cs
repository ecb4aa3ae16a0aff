using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Tests.Readers;

public class NameSplitterTests
{
    [Theory]
    [InlineData("G. BORDIN", "G.", "BORDIN")]
    [InlineData("J.P. GOUEDARD", "J.P.", "GOUEDARD")]
    [InlineData("C.SERGENT", "C.", "SERGENT")]
    [InlineData("J. Ph. PROVOST", "J. Ph.", "PROVOST")]
    [InlineData("C. DE ROSTOLAN", "C.", "DE ROSTOLAN")]
    [InlineData("F. SAINT JAMES", "F.", "SAINT JAMES")]
    [InlineData("Hubert BRIGAND", "Hubert", "BRIGAND")]
    [InlineData("FLACELIERE Françoise", "Françoise", "FLACELIERE")]
    [InlineData("Marie-Françoise Laval", "Marie-Françoise", "Laval")]
    [InlineData("S. Bousoiec", "S.", "Bousoiec")]
    [InlineData("Guichqsü", null, "Guichqsü")]
    [InlineData("MORIN-SOGOBA", null, "MORIN-SOGOBA")]
    public void The_surname_is_the_run_of_capitals_or_the_last_word(string printed, string? first, string surname) =>
        Assert.Equal((first, surname), NameSplitter.Split(printed));
}
