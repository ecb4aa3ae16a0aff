using System.Net;
using AngleSharp.Dom;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Decisions;

/// <summary>The decision, version and document pages on texts the seeds do not have.</summary>
public class ExtraDocumentsPageTests(ExtraDocumentsSite site) : IClassFixture<ExtraDocumentsSite>
{
    [Fact]
    public async Task Markup_in_a_report_is_rendered_inert()
    {
        var page = await GetAsync("/deliberations/" + ExtraDocumentsSite.Hostile);

        AssertInert(page.Document.QuerySelector("main")!);
        Assert.DoesNotContain("alert('rapport')", page.Document.QuerySelector(".document-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citations_of_stored_decisions_become_links_and_the_others_stay_text()
    {
        var page = await GetAsync("/deliberations/" + ExtraDocumentsSite.Hostile);
        var report = page.Document.QuerySelector(".document-text")!;

        var links = report.QuerySelectorAll("a[href^='/deliberations/']").ToList();
        Assert.Contains(links, a => a.GetAttribute("href") == "/deliberations/2019-3364" && a.TextContent == "délibération n°\u00A02019-3364");
        Assert.Contains(links, a => a.GetAttribute("href") == "/deliberations/2019-3853" && a.TextContent == "délibération du Conseil n°\u00A02019-3853");
        Assert.Contains("la délibération n°\u00A02017-1976 du 10 juillet 2017", report.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(links, a => a.GetAttribute("href")!.Contains("2017-1976", StringComparison.Ordinal));

        // The citation inside the neutralised javascript: link is not nested into a second link.
        Assert.Empty(report.QuerySelectorAll("a a"));
        Assert.All(links, a => Assert.Empty(a.Children));
    }

    [Fact]
    public async Task Source_text_shows_the_markup_as_text()
    {
        var page = await GetAsync("/deliberations/" + ExtraDocumentsSite.Hostile);

        var source = page.Document.QuerySelector("details.source-text")!;
        Assert.Contains("<script>alert('rapport')</script>", source.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", source.TextContent, StringComparison.Ordinal);
        AssertInert(source);
    }

    [Fact]
    public async Task Unidentified_document_shows_its_name_date_diagnostics_and_text_inertly()
    {
        var about = await GetAsync("/a-propos");
        var link = about.Document.QuerySelectorAll("#documents-a-verifier-section a").Single(a => a.TextContent.Trim() == ExtraDocumentsSite.UnidentifiedFile);
        var href = link.GetAttribute("href")!;
        Assert.Matches("^/documents/[0-9]+$", href);

        var page = await GetAsync(href);

        Assert.Equal("Document non identifié", page.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(ExtraDocumentsSite.UnidentifiedFile, page.MainText, StringComparison.Ordinal);
        Assert.Contains("Importé le", page.MainText, StringComparison.Ordinal);
        var toCheck = page.Document.QuerySelector(".to-check")!;
        Assert.Contains("missing-number", toCheck.TextContent, StringComparison.Ordinal);
        Assert.Contains("Erreur", toCheck.TextContent, StringComparison.Ordinal);
        var text = page.Document.QuerySelector("pre.source-lines")!;
        Assert.Contains("<script>alert('document')</script>", text.TextContent, StringComparison.Ordinal);
        Assert.Contains("onerror=alert(1)", text.TextContent, StringComparison.Ordinal);
        AssertInert(page.Document.QuerySelector("main")!);
        Assert.NotNull(page.Document.QuerySelector("meta[name=robots][content=noindex]"));
    }

    [Fact]
    public async Task A_reading_with_warnings_is_flagged_on_its_page_and_listed_for_the_clerk()
    {
        var page = await GetAsync("/deliberations/" + ExtraDocumentsSite.Flagged);

        var toCheck = page.Document.QuerySelector("section.to-check")!;
        Assert.Equal("À vérifier", toCheck.QuerySelector("h2")?.TextContent.Trim());
        Assert.Contains("attendance-count-mismatch", toCheck.TextContent, StringComparison.Ordinal);
        Assert.Contains("table-total-mismatch", toCheck.TextContent, StringComparison.Ordinal);
        Assert.Contains("Avertissement", toCheck.TextContent, StringComparison.Ordinal);
        Assert.Contains("Les listes nomment 164 élus alors que l'extrait indique 165 membres en exercice.", page.MainText, StringComparison.Ordinal);

        var about = await GetAsync("/a-propos");
        Assert.NotNull(about.Document.QuerySelector($"#documents-a-verifier-section a[href='/deliberations/{ExtraDocumentsSite.Flagged}']"));
        Assert.DoesNotContain("Aucun document signalé", about.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_total_that_does_not_add_up_is_said_in_words_as_the_parser_found_it()
    {
        var page = await GetAsync("/deliberations/" + ExtraDocumentsSite.Flagged);

        var table = page.Document.QuerySelector("table.budget-table")!;
        var total = table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.StartsWith("Total", StringComparison.Ordinal));
        Assert.Contains("total-mismatch", total.ClassList);
        Assert.Equal("Total (total à vérifier)", DecisionPageTests.Text(total.QuerySelector("th")!));
        Assert.Equal("350 000 €", DecisionPageTests.Text(total.QuerySelector("td")!));
        var warning = DecisionPageTests.Text(page.Document.QuerySelector(".total-check-fails")!);
        Assert.Contains("Total à vérifier.", warning, StringComparison.Ordinal);
        Assert.Contains("Montant (en €) : les lignes font 300 000 pour un total imprimé de 350 000.", warning, StringComparison.Ordinal);
        var toCheck = DecisionPageTests.Text(page.Document.QuerySelector("section.to-check")!);
        Assert.Contains("Montant (en €) : les lignes font 300 000 pour un total imprimé de 350 000.", toCheck, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_text_becomes_current_and_the_first_stays_readable()
    {
        var page = await GetAsync("/deliberations/2019-3853");

        Assert.Equal("27 500 €", DecisionPageTests.Text(page.Document.QuerySelector("table.grants td.amount")!));
        var versions = page.Document.QuerySelectorAll("ul.versions li").ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal("/deliberations/2019-3853/versions/1", versions[0].QuerySelector("a")?.GetAttribute("href"));
        Assert.DoesNotContain("version en vigueur", versions[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("version en vigueur", versions[1].TextContent, StringComparison.Ordinal);
        Assert.Contains(ExtraDocumentsSite.SecondVersionFile, versions[1].TextContent, StringComparison.Ordinal);

        var first = await GetAsync("/deliberations/2019-3853/versions/1");
        Assert.Contains("Version remplacée par la version 2", DecisionPageTests.Text(first.Document.QuerySelector(".version-status")!), StringComparison.Ordinal);
        Assert.Contains("26 500 €", first.Document.QuerySelector("pre.source-lines")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("page", first.Document.QuerySelector("ul.versions a[href='/deliberations/2019-3853/versions/1']")?.GetAttribute("aria-current"));
        Assert.Null(first.Document.QuerySelector("a[href='/deliberations/2019-3853/source']"));

        var second = await GetAsync("/deliberations/2019-3853/versions/2");
        Assert.Contains("Version en vigueur.", second.MainText, StringComparison.Ordinal);
        Assert.Contains("27 500 €", second.Document.QuerySelector("pre.source-lines")!.TextContent, StringComparison.Ordinal);

        var download = await site.CreateClient().GetAsync(new Uri("/deliberations/2019-3853/source", UriKind.Relative));
        Assert.Equal(ExtraDocumentsSite.SecondVersionFile, download.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("27 500 €", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_counts_the_extra_decisions()
    {
        var page = await GetAsync("/deliberations?year=2019");

        Assert.Equal("4 délibérations", page.Document.QuerySelector(".result-count")?.TextContent.Trim());
    }

    private async Task<HtmlPage> GetAsync(string url)
    {
        var page = await HtmlPage.GetAsync(site.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page;
    }

    private static void AssertInert(IElement root)
    {
        Assert.Empty(root.QuerySelectorAll("script, img, iframe, object, embed, svg"));
        foreach (var element in root.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("javascript:", element.GetAttribute("href") ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }
}
