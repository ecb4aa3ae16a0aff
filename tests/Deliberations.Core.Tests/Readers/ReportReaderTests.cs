using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Readers;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Readers;

public class ReportReaderTests
{
    [Fact]
    public void Reads_sections_and_points_in_every_markup()
    {
        var s = Snippet.Of(
            "Le Conseil,", "", "Vu le rapport du 2 juin 2022, par lequel monsieur le Président expose ce qui suit :", "",
            "I - Contexte", "Texte.", "",
            "## **II - Compte-rendu des actions**", "",
            "### **1° - Le programme de formation**", "", "**2° - Laclasse.com**", "", "## 3° - GrandLyon Connect Pro", "",
            "#### IV - Budget prévisionnel", "",
            "Il s'agit d'un texte qui commence comme un titre mais n'en est pas un.", "",
            "Vu ledit dossier ;", "", "DELIBERE");
        var report = ReportReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal(
            ["S I Contexte -", "S II Compte-rendu des actions -", "P 1° Le programme de formation II", "P 2° Laclasse.com II", "P 3° GrandLyon Connect Pro II", "S IV Budget prévisionnel -"],
            report.Headings.Select(h => $"{h.Kind.ToString()[0]} {h.Number} {h.Title} {h.Section ?? "-"}"));
        Assert.StartsWith("Vu le rapport du 2 juin 2022", report.Text, StringComparison.Ordinal);
        Assert.EndsWith("n'en est pas un.", report.Text, StringComparison.Ordinal);
        Assert.Equal(3, report.FirstLine);
        Assert.Equal(report.Text, s.Source.Text.Substring(report.Start, report.Text.Length));
    }

    /// <summary>A store keeps the report as a span of the document's text: the span must be the report, whatever the file.</summary>
    [Fact]
    public void The_report_is_the_span_of_the_document_it_names_in_every_seed()
    {
        foreach (var seed in Repo.SeedFiles())
        {
            var extract = ExtractParser.Parse(File.ReadAllBytes(seed));
            Assert.NotEmpty(extract.Report.Text);
            Assert.Equal(extract.Report.Text, extract.Source.Text.Substring(extract.Report.Start, extract.Report.Text.Length));
        }
    }

    [Theory]
    [InlineData("I - Contexte", HeadingKind.Section, "I")]
    [InlineData("XII. Suite", HeadingKind.Section, "XII")]
    [InlineData("1° - Toodego", HeadingKind.Point, "1°")]
    [InlineData("**10° Budget**", HeadingKind.Point, "10°")]
    public void Recognises_a_heading(string line, HeadingKind kind, string number)
    {
        var match = HeadingLine.Match(Snippet.Of(line).Source.Lines[0]);
        Assert.Equal((kind, number), (match!.Value.Kind, match.Value.Number));
    }

    [Theory]
    [InlineData("Il s'agit du projet.")]
    [InlineData("IMU - une université")]
    [InlineData("")]
    public void Ignores_what_is_not_a_heading(string line) => Assert.Null(HeadingLine.Match(Snippet.Of(line).Source.Lines[0]));

    [Fact]
    public void Without_opening_formula_the_report_is_reported_missing()
    {
        var s = Snippet.Of("Texte sans formule.", "DELIBERE", "1° - Approuve.");
        Assert.Equal(Report.Empty, ReportReader.Read(s.Source, s.Map, s.Diagnostics));
        Assert.Contains("missing-report", s.Codes);
    }

    [Fact]
    public void A_file_cut_after_the_opening_formula_has_its_report_reported_missing()
    {
        var s = Snippet.Of("Présents : M. A.", "", "Le Conseil,", "", "  ", "");
        Assert.Equal(Report.Empty, ReportReader.Read(s.Source, s.Map, s.Diagnostics));
        Assert.Equal([("missing-report", 3)], s.Diagnostics.Items.Select(d => (d.Code, d.Line)));
    }
}
