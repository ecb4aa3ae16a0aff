using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Variants;

/// <summary>
/// An extract of a sitting no reader was written against, composed in the 2021 layout with other
/// names, particles, amounts and an amendment to an article: every field is checked.
/// </summary>
public class ComposedExtractTests
{
    private static readonly ParsedExtract Parsed = ExtractParser.Parse(File.ReadAllBytes(
        Path.Combine(Repo.Root, "tests", "Deliberations.Core.Tests", "Variants", "composed-conseil-2022-1187.txt")));

    [Fact]
    public void Header()
    {
        var h = Parsed.Header;
        Assert.Equal("2022-1187", h.Number);
        Assert.Equal("Conseil", h.Body);
        Assert.Equal(new DateOnly(2022, 6, 27), h.SessionDate);
        Assert.Equal("proximité, environnement et agriculture", h.Commission);
        Assert.Equal("Vénissieux - Saint-Fons", h.Communes);
        Assert.StartsWith("Jardins partagés de la vallée de la chimie - Attribution", h.Title, StringComparison.Ordinal);
        Assert.Equal("Délégation Transition environnementale et énergétique - Direction Nature", h.Service);
        Assert.Equal(new Person("M.", "Pérignon-Duval", null, "Vice-Président", h.Rapporteur!.Line), h.Rapporteur);
        Assert.Equal(("M.", "Bruno", "Bernard"), (h.President!.Civility, h.President.FirstName, h.President.Name));
        Assert.Equal(("Mme", "Inès", "Marchal-Tissot"), (h.Secretary!.Civility, h.Secretary.FirstName, h.Secretary.Name));
        Assert.Equal(12, h.MembersInOffice);
        Assert.Equal(new DateOnly(2022, 6, 10), h.ConvocationDate);
        Assert.Equal(new DateOnly(2022, 6, 29), h.PostedDate);
        Assert.Equal(new DateOnly(2022, 6, 2), h.ReportDate);
        Assert.DoesNotContain(Parsed.Diagnostics, d => d.Code == "header-mismatch");
    }

    [Fact]
    public void Attendance_keeps_particles_and_compounds()
    {
        var a = Parsed.Attendance;
        Assert.Equal(
            ["M. Bernard", "Mme Achour", "M. Ben Salah", "Mme de la Roche", "M. Pérignon-Duval", "Mme Marchal-Tissot", "M. Van der Berg", "Mme Lefèvre Martin", "M. Öztürk"],
            a.Present.Select(p => $"{p.Civility} {p.Name}"));
        Assert.Equal(["Mme Dubreuil → M. Öztürk", "M. Le Guennec → Mme Achour"], a.Excused.Select(e => $"{e.Person.Civility} {e.Person.Name} → {e.Proxy!.Civility} {e.Proxy.Name}"));
        Assert.Equal(["Mme Salvi"], a.Unexcused.Select(p => $"{p.Civility} {p.Name}"));
        Assert.DoesNotContain(Parsed.Diagnostics, d => d.Code == "attendance-count-mismatch");
    }

    [Fact]
    public void Report_headings()
    {
        Assert.Equal(
            ["I Contexte", "II Projets soutenus", "1° Jardin des Clochettes", "2° Potager de la Mouche", "3° Budget"],
            Parsed.Report.Headings.Select(h => $"{h.Number} {h.Title}"));
        Assert.All(Parsed.Report.Headings.Where(h => h.Kind == HeadingKind.Point), h => Assert.Equal("II", h.Section));
    }

    [Fact]
    public void Operative_part_and_amended_article()
    {
        Assert.Equal("DELIBERE", Parsed.OperativePart.Verb);
        Assert.Equal(["1°", "2°"], Parsed.OperativePart.Articles.Select(a => a.Number));
        Assert.Equal(["a)", "b)"], Parsed.OperativePart.Articles[0].SubPoints.Select(s => s.Label));
        var amendment = Assert.Single(Parsed.Amendments);
        Assert.Contains(amendment.Changes, c => c.Before == 32000m && c.After == 32500m);
    }

    [Fact]
    public void Budget_table_and_imputation()
    {
        var table = Assert.Single(Parsed.BudgetTables);
        Assert.Equal(["Coût du projet (en €)", "Subvention Métropole (en €)"], table.Columns);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal([69800m, 32500m], table.Rows[^1].Values);
        Assert.True(table.Rows[^1].IsTotal);
        Assert.DoesNotContain(Parsed.Diagnostics, d => d.Code == "table-total-mismatch");

        var imputation = Assert.Single(Parsed.Imputations);
        Assert.Equal(32500m, imputation.Amount);
        Assert.Equal("dépense", imputation.Direction);
        Assert.Equal("fonctionnement", imputation.Section);
        Assert.Equal("budget principal", imputation.Budget);
        Assert.Equal([2022, 2023], imputation.Years);
        Assert.Equal("65", imputation.Chapter);
        Assert.Equal("0P27O5180", imputation.Operation);
        Assert.Equal("2°", imputation.ArticleNumber);
    }

    [Fact]
    public void Projects_with_their_budget_and_beneficiaries_with_their_subsidy()
    {
        Assert.Equal(
            [new NamedProject("Jardin des Clochettes", ProjectSource.Heading, 48500m, 52), new NamedProject("Potager de la Mouche", ProjectSource.Heading, 21300m, 56)],
            Parsed.Projects);
        Assert.Equal(
            [new Beneficiary("Le Passe-Jardins", null, 20000m, "association", 87, BeneficiaryKind.Grant), new Beneficiary("Terre d'Union", null, 12500m, "association", 88, BeneficiaryKind.Grant)],
            Parsed.Beneficiaries);
    }

    [Fact]
    public void Legality_footer()
    {
        Assert.Equal("069-200046977-20220627-301122-DE-1-1", Parsed.Legality.PrefectureId);
        Assert.Equal(new DateOnly(2022, 6, 30), Parsed.Legality.ReceivedDate);
        Assert.Equal(new DateOnly(2022, 6, 30), Parsed.Legality.TransmissionDate);
    }
}
