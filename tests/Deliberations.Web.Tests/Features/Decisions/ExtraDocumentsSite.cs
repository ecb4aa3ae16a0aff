using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Decisions;

/// <summary>
/// The seeds plus texts written to break things: markup in a report, citations, an unidentified document
/// with a script, a reading with warnings and a wrong total, and a second version of a decision.
/// Its own database, so the other page tests keep counting five decisions.
/// </summary>
public sealed class ExtraDocumentsSite : SiteFactory, IAsyncLifetime
{
    public const string Hostile = "2019-9001";
    public const string Flagged = "2019-9002";
    public const string UnidentifiedFile = "compte-rendu-hostile.txt";
    public const string SecondVersionFile = "003-corrige.txt";

    private const string ReportOpening = "Vu le rapport du 21 février 2019, par lequel monsieur le Président expose ce qui suit :";
    private const string EndOfReport = "Vu ledit dossier ;";

    public const string HostileReport = """
        <script>alert('rapport')</script>

        <img src=x onerror=alert(1)> Voir la délibération n° 2019-3364 du 18 mars 2019, et la délibération n° 2017-1976 du 10 juillet 2017.

        <a href="javascript:alert(1)">délibération n° 2019-3853</a> <span onmouseover="alert(2)">la délibération du Conseil n° 2019-3853</span>

        Une citation piégée : délibération n° 2019-3364<img src=x onerror=alert(3)>.

        """;

    /// <summary>Neither an extract nor the minutes of a sitting (which the parser reads since it knows other councils' layouts).</summary>
    public const string UnidentifiedText = """
        Note de service sans en-tête

        <script>alert('document')</script>
        <img src=x onerror=alert(1)>
        Le texte s'arrête ici.
        """;

    private const string WrongTotal = """
        **III - Budget**

        | Poste | Montant (en €) |
        |---|---|
        | Études | 100 000 |
        | Travaux | 200 000 |
        | Total | 350 000 |

        """;

    public async Task InitializeAsync()
    {
        var seed003 = await File.ReadAllTextAsync(Repo.Seed("003"));
        await ExtraDocuments.ImportAsync(
            this,
            ("2019-9001-hostile.txt", ExtraDocuments.SeedAs(Hostile, t => t.Replace(ReportOpening, ReportOpening + "\n\n" + HostileReport, StringComparison.Ordinal))),
            ("2019-9002-a-verifier.txt", ExtraDocuments.SeedAs(Flagged, t => t
                .Replace("Absents non excusés : M. Aggoun.", "", StringComparison.Ordinal)
                .Replace(EndOfReport, WrongTotal + EndOfReport, StringComparison.Ordinal))),
            (UnidentifiedFile, UnidentifiedText),
            (SecondVersionFile, seed003.Replace("26 500 €", "27 500 €", StringComparison.Ordinal)));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
