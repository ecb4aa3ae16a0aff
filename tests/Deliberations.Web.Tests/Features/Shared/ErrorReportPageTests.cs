using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Deliberations.Web.Tests.Features.Shared;

/// <summary>"Signaler une erreur" on the pages a clerk checks: decision pages and officials' pages.</summary>
public class ErrorReportPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Pages() => ["/deliberations/CP-2018-2133", "/deliberations/2021-0801", "/elus/mme-baume-2020"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Link_names_the_page_from_the_public_address_not_the_host(string url)
    {
        using var configured = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Deliberations:PublicUrl", "https://deliberations.example/lyon/")
            .UseSetting("Deliberations:Corrections:Address", "greffe@example.org"));
        var client = configured.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var page = await HtmlPage.GetAsync(client, url);

        var link = page.Document.QuerySelector("main .error-report a");
        Assert.Equal("Signaler une erreur", link?.TextContent);
        var href = link!.GetAttribute("href")!;
        Assert.StartsWith("mailto:greffe@example.org?subject=Erreur%20sur%20la%20page%20%C2%AB%20", href, StringComparison.Ordinal);
        Assert.Contains("&body=Page%20%3A%20" + Uri.EscapeDataString("https://deliberations.example/lyon" + url) + "%0D%0A", href, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_address_gets_the_page_as_a_parameter()
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("Deliberations:Corrections:Address", "https://forms.example/signaler"));

        var page = await HtmlPage.GetAsync(configured.CreateClient(), "/deliberations/CP-2018-2133");

        Assert.Equal(
            "https://forms.example/signaler?page=http%3A%2F%2Flocalhost%3A5000%2Fdeliberations%2FCP-2018-2133",
            page.Document.QuerySelector("main .error-report a")?.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Without_an_address_there_is_no_link(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Null(page.Document.QuerySelector(".error-report"));
        Assert.DoesNotContain("Signaler une erreur", page.Html, StringComparison.Ordinal);
    }
}
