using System.Net;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Features.Pages;

public class ErrorPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string ThrowingPath = "/__test/panne";

    [Theory]
    [InlineData("/page-qui-n-existe-pas")]
    [InlineData("/deliberations/2099-9999/inconnue")]
    [InlineData("/css/absent.css")]
    public async Task Unknown_url_gets_the_french_404_page_with_search_and_links(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Page introuvable", page.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("main form[action='/recherche'] input[name='q']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='/']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='/deliberations']"));
        Assert.NotNull(page.Document.QuerySelector("meta[name=robots][content=noindex]"));
        AssertNoStackTrace(page.Html);
    }

    [Fact]
    public async Task Unknown_url_posted_to_still_gets_the_404_page()
    {
        var response = await factory.CreateClient().PostAsync(new Uri("/page-qui-n-existe-pas", UriKind.Relative), new StringContent("x"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_page_visited_directly_does_not_answer_200()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/erreur/404");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal("Page introuvable", page.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Server_error_outside_development_shows_a_generic_page_and_no_stack_trace()
    {
        using var production = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>());
        });

        var page = await HtmlPage.GetAsync(production.CreateClient(), ThrowingPath);

        Assert.Equal(HttpStatusCode.InternalServerError, page.Response.StatusCode);
        Assert.Equal("Erreur du serveur", page.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("erreur inattendue", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(ThrowingEndpoint.Message, page.Html, StringComparison.Ordinal);
        Assert.NotNull(page.Header("Content-Security-Policy"));
        AssertNoStackTrace(page.Html);
    }

    private static void AssertNoStackTrace(string html)
    {
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", html, StringComparison.Ordinal);
    }

    /// <summary>Appends, after the site's own pipeline, an endpoint that fails as a bug would.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public const string Message = "Panne simulée pour le test";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) =>
                context.Request.Path == ThrowingPath ? throw new InvalidOperationException(Message) : following(context));
        };
    }
}
