using Deliberations.Core.Model;
using Deliberations.Core.Parsing.Readers;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Readers;

public class LegalityReaderTests
{
    [Fact]
    public void Reads_the_control_stamp()
    {
        var s = Snippet.Of("DELIBERE", "", "1° - Approuve.", "", "Et ont signé les membres présents,", "pour extrait conforme.", "", "Reçu au contrôle de légalité le : 16 janvier 2018.");
        Assert.Equal(new Legality(new DateOnly(2018, 1, 16), null, null, 8), LegalityReader.Read(s.Source, s.Map, s.Diagnostics));
    }

    [Theory]
    [InlineData("Accusé de réception en préfecture : 069-200046977-20211213-271458-DE-1-1 Date de télétransmission : 16 décembre 2021 Date de réception préfecture : 17 décembre 2021")]
    [InlineData("Accusé de réception en préfecture : 069-200046977-20211213-271458-DE-1-1\nDate de télétransmission : 16 décembre 2021\nDate de réception préfecture : 17 décembre 2021")]
    [InlineData("Accusé de réception en préfecture : 069-200046977-20211213-271458-DE-1-1 Date de télétransmission : 16\ndécembre 2021 Date de réception préfecture : 17 décembre 2021")]
    public void Reads_the_prefecture_acknowledgement_on_one_line_or_several(string footer)
    {
        var s = Snippet.Of(["DELIBERE", "1° - Approuve.", "Et ont signé les membres présents,", .. footer.Split('\n')]);
        var legality = LegalityReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal("069-200046977-20211213-271458-DE-1-1", legality.PrefectureId);
        Assert.Equal(new DateOnly(2021, 12, 16), legality.TransmissionDate);
        Assert.Equal(new DateOnly(2021, 12, 17), legality.ReceivedDate);
    }

    [Fact]
    public void A_missing_footer_is_reported()
    {
        var s = Snippet.Of("DELIBERE", "1° - Approuve.");
        Assert.Equal(Legality.Empty, LegalityReader.Read(s.Source, s.Map, s.Diagnostics));
        Assert.Contains("missing-legality", s.Codes);
    }
}
