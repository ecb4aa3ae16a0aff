using Deliberations.Web.Data;

namespace Deliberations.Web.Tests.Data;

public class StoredReportTests
{
    private const string Source = "DELIBERATION\nLe Conseil,\nVu le rapport du 2 juin.\nDELIBERE";

    [Fact]
    public void The_report_is_cut_from_the_document_text()
    {
        var start = Source.IndexOf("Vu le", StringComparison.Ordinal);
        Assert.Equal("Vu le rapport du 2 juin.", StoredReport.Text(null, Source, start, "Vu le rapport du 2 juin.".Length));
    }

    [Fact]
    public void A_copy_kept_by_an_older_store_is_read_as_it_is()
    {
        Assert.Equal("Ancien exposé.", StoredReport.Text("Ancien exposé.", null, 0, 0));
    }

    [Theory]
    [InlineData(-5, 10, "DELIBERATI")]
    [InlineData(55, 100, "ERE")]
    [InlineData(500, 10, "")]
    public void A_span_outside_the_text_gives_what_is_there_not_an_error(int start, int length, string expected)
    {
        Assert.Equal(expected, StoredReport.Text(null, Source, start, length));
    }
}
