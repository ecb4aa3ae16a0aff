using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Tests.Readers;

public class ProjectReaderTests
{
    private static readonly Report ProjectSections = new(
        string.Empty,
        [
            new Heading(HeadingKind.Section, "I", "Contexte", null, 48),
            new Heading(HeadingKind.Section, "II", "Projets soutenus dans le cadre du fonds Transformation numérique", null, 58),
            new Heading(HeadingKind.Point, "1°", "Laclasse.com", "II", 64),
            new Heading(HeadingKind.Point, "2°", "GrandLyon Connect Pro", "II", 72),
            new Heading(HeadingKind.Point, "3°", "MAGALI - Maîtrise du gaspillage alimentaire", "II", 79),
            new Heading(HeadingKind.Point, "4°", "Budget", "II", 103),
            new Heading(HeadingKind.Section, "III", "Programme d'actions pour 2019", null, 115),
            new Heading(HeadingKind.Point, "1°", "Le programme de formation Territoir'Prod", "III", 123),
        ],
        46,
        0);

    private static readonly BudgetTable Budget = new(
        "6° - Budget",
        ["Budget global du projet (en €)", "Financement DINUM (recettes) (en €)"],
        [
            new BudgetRow("Laclasse.com", [120000m, 60000m], false, 108),
            new BudgetRow("Grand Lyon connect pro", [216000m, 108000m], false, 109),
            new BudgetRow("Magali", [100000m, 50000m], false, 110),
            new BudgetRow("Coût total", [436000m, 218000m], true, 111),
        ],
        107);

    private static IReadOnlyList<NamedProject> Read(
        string? title = null, Report? report = null, IReadOnlyList<BudgetTable>? tables = null, DiagnosticBag? diagnostics = null, params string[] articles) =>
        ProjectReader.Read(
            new Header { Title = title, TitleLine = title is null ? 0 : 18 },
            report ?? Report.Empty,
            new OperativePart("DELIBERE", [.. articles.Select((a, i) => new Article($"{i + 1}°", a, [], 90 + (2 * i)))], 88),
            tables ?? [],
            diagnostics ?? new DiagnosticBag());

    [Fact]
    public void Points_of_a_project_section_are_projects_with_their_budget()
    {
        var diagnostics = new DiagnosticBag();
        var projects = Read(report: ProjectSections, tables: [Budget], diagnostics: diagnostics);
        Assert.Equal(
            [
                new NamedProject("Laclasse.com", ProjectSource.Heading, 120000m, 64),
                new NamedProject("GrandLyon Connect Pro", ProjectSource.Heading, 216000m, 72),
                new NamedProject("MAGALI - Maîtrise du gaspillage alimentaire", ProjectSource.Heading, 100000m, 79),
            ],
            projects);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Points_of_other_sections_are_not_projects()
    {
        var report = ProjectSections with { Headings = [.. ProjectSections.Headings.Where(h => h.Section != "II" && h.Number != "II")] };
        Assert.Empty(Read(report: report));
    }

    [Theory]
    [InlineData("a) le projet \"Self data territorial\",", "Self data territorial")]
    [InlineData("Approuve l'expérimentation “open-data communal”.", "open-data communal")]
    [InlineData("le partenariat dans le cadre du laboratoire d'innovations territoriales « @rchipel ».", "@rchipel")]
    [InlineData("Approuve la démarche \"Lyon ville zéro papier\" et ses modalités.", "Lyon ville zéro papier")]
    [InlineData("Approuve les PROJETS \"Cœur de quartier\".", "Cœur de quartier")]
    public void A_quoted_name_after_a_project_word_is_a_project(string article, string name)
    {
        var project = Assert.Single(Read(articles: article));
        Assert.Equal(new NamedProject(name, ProjectSource.Quoted, null, 90), project);
    }

    [Theory]
    [InlineData("Autorise monsieur le Président à signer ladite convention de partenariat \"Self data territorial\".")]
    [InlineData("Le projet de convention avec l'association, dite \"La Fabrique\", est approuvé.")]
    [InlineData("Approuve le projet porté depuis longtemps par les acteurs du \"Tuba\".")]
    [InlineData("Approuve le projet \"\".")]
    public void A_quote_without_a_project_word_close_before_it_is_not_a_project(string article) => Assert.Empty(Read(articles: article));

    [Fact]
    public void A_title_that_opens_with_a_project_names_it()
    {
        var project = Assert.Single(Read("Projet Self data territorial - Convention de partenariat entre la Métropole de Lyon et la FING"));
        Assert.Equal(new NamedProject("Self data territorial", ProjectSource.Title, null, 18), project);
    }

    [Theory]
    [InlineData("Projet d'expérimentation d'un open-data communal - Convention-cadre de partenariat")]
    [InlineData("Projet Self data territorial")]
    [InlineData("Convention de partenariat - Projet Self data territorial")]
    public void A_title_that_describes_a_project_names_none(string title) => Assert.Empty(Read(title));

    [Fact]
    public void A_name_read_twice_is_kept_once_where_it_was_first_read()
    {
        var projects = Read(
            "Projet Self data territorial - Convention",
            ProjectSections,
            null,
            null,
            "Approuve : a) le projet \"Self data territorial\", b) le projet \"Laclasse.com\".");
        Assert.Equal(
            [("Laclasse.com", ProjectSource.Heading), ("GrandLyon Connect Pro", ProjectSource.Heading), ("MAGALI - Maîtrise du gaspillage alimentaire", ProjectSource.Heading), ("Self data territorial", ProjectSource.Title)],
            projects.Select(p => (p.Name, p.Source)));
    }

    [Fact]
    public void Rows_that_disagree_give_no_amount_and_say_so()
    {
        var diagnostics = new DiagnosticBag();
        var table = Budget with { Rows = [new BudgetRow("Magali", [40000m], false, 110), new BudgetRow("Magali - Maîtrise", [60000m], false, 111)] };
        var projects = Read(report: ProjectSections, tables: [table], diagnostics: diagnostics);
        Assert.Null(projects.Single(p => p.Name.StartsWith("MAGALI", StringComparison.Ordinal)).Amount);
        Assert.Contains(diagnostics.Items, d => d.Code == "project-amount-ambiguous" && d.Line == 79);
    }

    [Fact]
    public void A_total_row_is_never_a_project_budget()
    {
        var report = new Report(string.Empty, [new Heading(HeadingKind.Section, "II", "Projets", null, 10), new Heading(HeadingKind.Point, "1°", "Coût total", "II", 12)], 9, 0);
        Assert.Null(Assert.Single(Read(report: report, tables: [Budget])).Amount);
    }

    [Fact]
    public void Nothing_to_read_gives_nothing() => Assert.Empty(Read());
}
