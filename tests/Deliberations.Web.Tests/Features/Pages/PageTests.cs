using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Pages;

/// <summary>Every page that needs no database: it answers, in French, inside the shared layout.</summary>
public class PageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "/", "Délibérations", "Commission permanente" },
        { "/a-propos", "À propos", "registres des délibérations de la Métropole de Lyon" },
        { "/accessibilite", "Déclaration d’accessibilité", "non conforme" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_answers_200_in_french_html(string url, string heading, string phrase)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("fr", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(phrase, page.MainText, StringComparison.Ordinal);
        Assert.Contains(heading, page.Document.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/a-propos")]
    [InlineData("/accessibilite")]
    public async Task Accents_are_written_as_characters_not_entities(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Contains("Délibérations", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xE9;", page.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Accessibility_statement_gives_a_placeholder_contact_and_the_remedies()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/accessibilite");

        Assert.NotNull(page.Document.QuerySelector("a[href='mailto:contact@example.org']"));
        Assert.Contains("adresse est provisoire", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Défenseur des droits", page.MainText, StringComparison.Ordinal);
        Assert.Contains("axe-core", page.MainText, StringComparison.Ordinal);
        Assert.Contains("clavier", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task About_page_keeps_a_section_for_the_documents_to_check()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/a-propos");

        var section = page.Document.QuerySelector("section[aria-labelledby='documents-a-verifier']");
        Assert.NotNull(section);
        Assert.Equal("Documents à vérifier", section.QuerySelector("h2")?.TextContent.Trim());
        Assert.Contains("Aucun document signalé pour l’instant.", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Commission permanente", page.MainText, StringComparison.Ordinal);
        Assert.Contains("texte", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_offers_the_search_form()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        var form = page.Document.QuerySelector("main form");
        Assert.NotNull(form);
        Assert.Equal("/recherche", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name='q']"));
    }

    [Theory]
    [InlineData("/A-Propos")]
    [InlineData("/ACCESSIBILITE")]
    public async Task Urls_are_case_insensitive(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
