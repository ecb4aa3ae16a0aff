using System.Net;
using AngleSharp.Dom;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Decisions;

/// <summary><c>/deliberations/{number}</c> on the seeds: every part the register gives, with the figures the seeds print.</summary>
public class DecisionPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Header_gives_the_facts_with_links_to_the_sitting_and_the_officials()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        Assert.StartsWith("France Relance - Fonds Transformation numérique", page.Document.QuerySelector("h1")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Délibération n°\u00A02021-0801", page.Document.Title, StringComparison.Ordinal);
        var facts = Facts(page);
        Assert.Equal("Conseil", facts["Instance"]);
        Assert.Equal("13 décembre 2021", facts["Séance"]);
        Assert.Equal("2021-0801", facts["Numéro"]);
        Assert.Equal("Mme Émeline Baume", facts["Rapporteur"]);
        Assert.Equal("M. Bruno Bernard", facts["Président de séance"]);
        Assert.Equal("M. Michaël Maire", facts["Secrétaire de séance"]);
        Assert.Equal("26 novembre 2021", facts["Convocation"]);
        Assert.Equal("16 décembre 2021", facts["Affichée le"]);
        Assert.Equal("16 décembre 2021", facts["Reçue en préfecture le"]);
        Assert.Equal("069-200046977-20211213-271458-DE-1-1", facts["Identifiant en préfecture"]);
        Assert.StartsWith("Délégation Développement responsable", facts["Service"], StringComparison.Ordinal);
        Assert.Equal("Développement économique, numérique, insertion et emploi", facts["Commission"]);
        Assert.NotNull(page.Document.QuerySelector("dl.facts a[href='/seances/2021-12-13-conseil']"));
        Assert.NotNull(page.Document.QuerySelector("dl.facts a[href='/elus/mme-baume-2020']"));
        Assert.NotNull(page.Document.QuerySelector("dl.facts a[href='/elus/m-bernard-2020']"));
    }

    [Fact]
    public async Task Commission_permanente_decision_is_named_as_its_register_names_it()
    {
        var page = await GetAsync("/deliberations/CP-2018-2133");

        // Seed 000: "Décision n° **CP-2018-2133**" (line 10), "Vu le projet de décision du 22 décembre 2017" (line 40).
        Assert.StartsWith("Décision n°\u00A0CP-2018-2133", page.Document.Title, StringComparison.Ordinal);
        Assert.Contains("Décision n° CP-2018-2133", Text(page.Document.QuerySelector(".decision-kicker")!), StringComparison.Ordinal);
        Assert.DoesNotContain("Délibération n°", page.MainText, StringComparison.Ordinal);
        var facts = Facts(page);
        Assert.Equal("22 décembre 2017", facts["Projet de décision du"]);
        Assert.False(facts.ContainsKey("Rapport du"));
    }

    [Fact]
    public async Task Conseil_deliberation_answers_a_report()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        Assert.Contains("Délibération n° 2021-0801", Text(page.Document.QuerySelector(".decision-kicker")!), StringComparison.Ordinal);
        Assert.Equal("24 novembre 2021", Facts(page)["Rapport du"]);
    }

    [Fact]
    public async Task Rapporteur_shows_the_role_the_header_gives()
    {
        var page = await GetAsync("/deliberations/2019-3853");

        Assert.Equal("Mme Sarah Peillon, Conseillère déléguée", Facts(page)["Rapporteur"]);
    }

    [Fact]
    public async Task Attendance_lists_every_name_with_proxies_and_states_the_quorum()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        Assert.Contains("121 présents et 29 pouvoirs, soit 150 votants sur 150 membres en exercice.", page.MainText, StringComparison.Ordinal);
        Assert.Equal("Présents (121)", Heading(page, "presents"));
        Assert.Equal(121, page.Document.QuerySelectorAll("ul[aria-labelledby=presents] li").Length);
        Assert.Equal("Absents excusés (29)", Heading(page, "excuses"));
        var excused = page.Document.QuerySelectorAll("ul[aria-labelledby=excuses] li").ToList();
        Assert.Equal(29, excused.Count);
        var kabalo = excused.Single(li => Text(li).StartsWith("M. Kabalo", StringComparison.Ordinal));
        Assert.Equal("M. Kabalo (pouvoir à Mme Prost)", Text(kabalo));
        Assert.Equal(["/elus/m-kabalo-2020", "/elus/mme-prost-2020"], kabalo.QuerySelectorAll("a:not(.line-link)").Select(a => a.GetAttribute("href")));
        Assert.Equal("Absents non excusés (0)", Heading(page, "non-excuses"));
        Assert.All(page.Document.QuerySelectorAll("ul.name-list a:not(.line-link)"), a => Assert.StartsWith("/elus/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unexcused_members_are_listed_and_linked()
    {
        var page = await GetAsync("/deliberations/2019-3364");

        Assert.Equal("Absents non excusés (1)", Heading(page, "non-excuses"));
        var aggoun = page.Document.QuerySelector("ul[aria-labelledby=non-excuses] li a");
        Assert.Equal("M.\u00A0Aggoun", aggoun?.TextContent.Trim());
        Assert.StartsWith("/elus/m-aggoun-", aggoun?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("sur 165 membres en exercice", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amendments_say_what_was_corrected_from_what_to_what()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        var corrections = Text(page.Document.QuerySelector("section[aria-labelledby=corrections]")!);
        Assert.Contains("DatAgora — Financement DINUM (recettes) (en €) : corrigé de 180 000 € à 180 800 €", corrections, StringComparison.Ordinal);
        Assert.Contains("Coût total — Financement DINUM (recettes) (en €) : corrigé de 478 000 € à 478 800 €", corrections, StringComparison.Ordinal);
        Assert.Contains("corrigé de 693 000 € à 693 800 €", corrections, StringComparison.Ordinal);
        Assert.Contains("Dans le DELIBERE", corrections, StringComparison.Ordinal);
        Assert.Contains("Dans l'exposé des motifs, II - Projets soutenus", corrections, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_tables_are_real_tables_with_the_corrected_figures_and_their_totals_checked()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        var tables = page.Document.QuerySelectorAll("table.budget-table").ToList();
        Assert.Equal(2, tables.Count);
        var dinum = tables[0];
        Assert.Contains("6° - Budget", dinum.QuerySelector("caption")?.TextContent, StringComparison.Ordinal);
        Assert.All(dinum.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(dinum.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal(["306 000 €", "180 800 €"], Cells(dinum, "DatAgora"));
        Assert.Equal(["902 000 €", "478 800 €"], Cells(dinum, "Coût total"));
        Assert.All(dinum.QuerySelectorAll("tbody td"), td => Assert.Contains("amount", td.ClassList));
        Assert.Equal(["285 000 €", "215 000 €"], Cells(tables[1], "Coût total"));
        Assert.Equal(2, page.Document.QuerySelectorAll("p.total-check").Count(p => p.TextContent.Contains("Totaux vérifiés", StringComparison.Ordinal)));
        Assert.Empty(page.Document.QuerySelectorAll(".total-check-fails"));
    }

    [Fact]
    public async Task Imputation_gives_budget_years_chapter_amount_and_direction()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        var row = page.Document.QuerySelector("table.imputations tbody tr")!;
        Assert.Equal(["3°", "recette", "693 800 €", "budget principal", "investissement", "2022 et 2023", "13", "—"], row.Children.Select(Text));
    }

    [Fact]
    public async Task Projects_link_to_their_pages_with_their_amounts()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        var datagora = page.Document.QuerySelectorAll("table.projects tbody tr").Single(tr => tr.TextContent.Contains("DatAgora", StringComparison.Ordinal));
        Assert.Equal("/projets/datagora", datagora.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("306 000 €", Text(datagora.QuerySelector("td.amount")!));
        Assert.Equal(8, page.Document.QuerySelectorAll("table.projects tbody tr").Length);
    }

    [Fact]
    public async Task Grant_names_the_organisation_and_the_amount()
    {
        var page = await GetAsync("/deliberations/2019-3853");

        var row = page.Document.QuerySelector("table.grants tbody tr")!;
        var link = row.QuerySelector("a")!;
        Assert.Equal("Réseau des territoires innovants", link.TextContent.Trim());
        Assert.StartsWith("/organisations/", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("26 500 €", Text(row.QuerySelector("td.amount")!));
        Assert.Equal("association", Text(row.QuerySelectorAll("td")[0]));
    }

    [Fact]
    public async Task Two_sided_budget_of_2019_3853_is_two_checked_tables()
    {
        var page = await GetAsync("/deliberations/2019-3853");

        var tables = page.Document.QuerySelectorAll("table.budget-table").ToList();
        Assert.Equal(2, tables.Count);
        Assert.EndsWith("Dépenses »", Text(tables[0].QuerySelector("caption")!), StringComparison.Ordinal);
        Assert.Equal(["26 500 €"], Cells(tables[1], "Métropole de Lyon"));
        Assert.Equal(["280 000 €"], Cells(tables[1], "Total"));
    }

    [Fact]
    public async Task Commission_permanente_decision_says_its_body_and_decides()
    {
        var page = await GetAsync("/deliberations/CP-2018-2133");

        Assert.Equal("Commission permanente", Facts(page)["Instance"]);
        Assert.NotNull(page.Document.QuerySelector("a[href='/seances/2018-01-15-commission-permanente']"));
        Assert.Equal("La Commission permanente décide :", page.Document.QuerySelector(".operative-lead")?.TextContent.Trim());
        Assert.Contains("50 présents et 1 pouvoir, soit 51 votants (le nombre de membres en exercice n'est pas indiqué).", page.MainText, StringComparison.Ordinal);
        Assert.Contains("M. Bernard (pouvoir à M. Le Faou)", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operative_part_lists_articles_with_their_lettered_points()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        var articles = page.Document.QuerySelectorAll("ol.articles > li").ToList();
        Assert.Equal(["1°", "2°", "3°"], articles.Select(a => a.QuerySelector(".article-number")!.TextContent.Trim()));
        Assert.Equal("Le Conseil délibère :", page.Document.QuerySelector(".operative-lead")?.TextContent.Trim());
        Assert.Equal(3, articles[0].QuerySelectorAll(".article-points li").Length);
        Assert.StartsWith("a) les modifications proposées", articles[0].QuerySelector(".article-points li")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_is_rendered_under_the_page_outline_with_its_tables()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        var report = page.Document.QuerySelector(".document-text")!;
        Assert.Empty(report.QuerySelectorAll("h1, h2"));
        Assert.Contains(report.QuerySelectorAll("h3"), h => h.TextContent.StartsWith("II - Projets soutenus", StringComparison.Ordinal));
        Assert.Contains(report.QuerySelectorAll("h4"), h => h.TextContent.Trim() == "2° - GrandLyon Connect Pro");
        Assert.Contains(report.QuerySelectorAll("h4"), h => h.TextContent.Trim() == "1° - Laclasse.com");
        var table = report.QuerySelector(".table-scroll > table")!;
        Assert.Equal("col", table.QuerySelector("thead th")?.GetAttribute("scope"));
        Assert.Equal("Laclasse.com", table.QuerySelector("tbody th[scope=row]")?.TextContent.Trim());
        Assert.Contains("avant les corrections lues en séance", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citations_of_decisions_not_stored_stay_plain_text()
    {
        var cp = await GetAsync("/deliberations/CP-2018-2133");
        var grant = await GetAsync("/deliberations/2019-3853");

        Assert.Contains("délibération n° 2017-1976 du 10 juillet 2017", cp.MainText, StringComparison.Ordinal);
        Assert.Contains("délibération du Conseil n° 2018-2953", grant.MainText, StringComparison.Ordinal);
        Assert.Empty(cp.Document.QuerySelectorAll(".document-text a[href^='/deliberations/']"));
        Assert.Empty(grant.Document.QuerySelectorAll(".document-text a[href^='/deliberations/']"));
    }

    [Fact]
    public async Task Notes_are_folded_and_nothing_is_flagged_on_a_clean_reading()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        Assert.Null(page.Document.QuerySelector(".to-check"));
        var notes = page.Document.QuerySelector("details.reading-notes")!;
        Assert.False(notes.HasAttribute("open"));
        Assert.Equal("Notes de lecture (4)", notes.QuerySelector("summary")?.TextContent.Trim());
        Assert.Contains("proxy-holder-multiple", notes.TextContent, StringComparison.Ordinal);
        Assert.Equal("#ligne-32", notes.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Source_text_is_folded_with_numbered_lines_and_a_download_link()
    {
        var page = await GetAsync("/deliberations/2021-0801");

        var source = page.Document.QuerySelector("details.source-text")!;
        Assert.False(source.HasAttribute("open"));
        Assert.Contains("**EXTRAIT DU REGISTRE DES DELIBERATIONS**", source.TextContent, StringComparison.Ordinal);
        Assert.Contains("Délibération n° 2021-0801", page.Document.GetElementById("ligne-8")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='/deliberations/2021-0801/source'][download]"));
        Assert.Contains("004_15086770773a280d.txt", page.MainText, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("ul.versions"));
    }

    [Fact]
    public async Task Source_downloads_as_utf8_text_under_its_original_name()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/deliberations/2021-0801/source", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("004_15086770773a280d.txt", response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("**Délibération n° 2021-0801**", text, StringComparison.Ordinal);
        Assert.Contains("M. Kabalo (pouvoir à Mme Prost)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_page_shows_the_text_of_that_version_and_marks_it_current()
    {
        var page = await GetAsync("/deliberations/2021-0801/versions/1");

        Assert.Equal("Délibération n°\u00A02021-0801, version 1", page.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Version en vigueur.", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Texte importé le ", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.GetElementById("ligne-219"));
        Assert.Equal("Notes de lecture (4)", page.Document.QuerySelector("details.reading-notes summary")?.TextContent.Trim());
    }

    [Fact]
    public async Task Document_of_a_decision_redirects_to_its_version_page()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var first = await GetAsync("/deliberations/2019-3364/versions/1");
        Assert.NotNull(first.Document.QuerySelector("h1"));

        var responses = await Task.WhenAll(Enumerable.Range(1, 5).Select(id => client.GetAsync(new Uri($"/documents/{id}", UriKind.Relative))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Contains(responses, r => r.Headers.Location?.OriginalString == "/deliberations/2019-3364/versions/1");
    }

    [Theory]
    [InlineData("/deliberations/0000-0000")]
    [InlineData("/deliberations/0000-0000/source")]
    [InlineData("/deliberations/2021-0801/versions/2")]
    [InlineData("/deliberations/2021-0801/versions/0")]
    [InlineData("/deliberations/2021-0801/versions/abc")]
    [InlineData("/documents/999999")]
    [InlineData("/documents/abc")]
    public async Task Unknown_decision_version_or_document_is_the_french_404_page(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("Page introuvable", page.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/deliberations/2021-0801")]
    [InlineData("/deliberations/2019-3853")]
    [InlineData("/deliberations/CP-2018-2133")]
    public async Task Amounts_never_wrap(string url)
    {
        var page = await GetAsync(url);

        foreach (var amount in page.Document.QuerySelectorAll("main .amount").Where(e => e.TextContent.Contains('€', StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(' ', amount.TextContent.Trim().Split('(')[0].Trim());
        }
    }

    private async Task<HtmlPage> GetAsync(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page;
    }

    /// <summary>Visible text with runs of whitespace, no-break spaces included, made single spaces.</summary>
    internal static string Text(IElement element) =>
        string.Join(' ', element.WithoutLineLinks().TextContent.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string> Facts(HtmlPage page) =>
        page.Document.QuerySelectorAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => Text(d.QuerySelector("dd")!));

    private static string? Heading(HtmlPage page, string id) => page.Document.GetElementById(id)?.TextContent.Trim();

    private static List<string> Cells(IElement table, string rowLabel) =>
        [.. table.QuerySelectorAll("tbody tr").Single(tr => Text(tr.QuerySelector("th")!) == rowLabel).QuerySelectorAll("td").Select(Text)];
}
