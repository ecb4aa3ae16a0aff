using System.Net;
using System.Text.Json;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Api;

/// <summary>What the API answers to requests it cannot serve: a problem document, never a page, never a 500.</summary>
public class ApiErrorTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/api/deliberations/2099-0001")]
    [InlineData("/api/deliberations/%3Cscript%3E")]
    [InlineData("/api/seances/2021-12-13-bureau")]
    [InlineData("/api/seances/pas-une-date")]
    [InlineData("/api/elus/m-personne-2015")]
    [InlineData("/api/projets/inconnu")]
    [InlineData("/api/organisations/inconnu")]
    [InlineData("/api/inconnu")]
    [InlineData("/api/deliberations/2021-0801/autre")]
    public async Task Unknown_resources_are_404_problems(string url) =>
        await AssertProblemAsync(url, HttpStatusCode.NotFound);

    [Theory]
    [InlineData("/api/deliberations?year=deux-mille")]
    [InlineData("/api/deliberations?year=0")]
    [InlineData("/api/deliberations?year=99999")]
    [InlineData("/api/deliberations?page=0")]
    [InlineData("/api/deliberations?page=-3")]
    [InlineData("/api/deliberations?page=99999999999")]
    [InlineData("/api/deliberations?page=2147483647&pageSize=200")]
    [InlineData("/api/deliberations?pageSize=0")]
    [InlineData("/api/deliberations?pageSize=201")]
    [InlineData("/api/seances?year=x")]
    [InlineData("/api/elus?term=deux")]
    [InlineData("/api/projets?type=autre")]
    [InlineData("/api/projets?type=3")]
    [InlineData("/api/budget?year=2019.5")]
    [InlineData("/api/recherche")]
    [InlineData("/api/recherche?q=%20%20")]
    [InlineData("/api/recherche?q=a&limit=1000")]
    public async Task Bad_parameters_are_400_problems(string url) =>
        await AssertProblemAsync(url, HttpStatusCode.BadRequest);

    [Fact]
    public async Task The_api_is_read_only()
    {
        var response = await factory.CreateClient().PostAsync(new Uri("/api/deliberations", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/recherche?q=%22%20OR%20*")]
    [InlineData("/api/recherche?q=NEAR(a%20b)")]
    [InlineData("/api/deliberations?commission=%27%3B%20DROP%20TABLE")]
    [InlineData("/api/deliberations?rapporteur=%00")]
    [InlineData("/api/deliberations?body=%E2%80%AE")]
    public async Task Odd_input_is_only_ever_words(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/deliberations", "*")]
    [InlineData("/export/presences.csv", "*")]
    [InlineData("/openapi/v1.json", "*")]
    [InlineData("/budget", null)]
    public async Task Open_data_is_readable_from_any_origin_and_pages_are_not(string url, string? allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Origin", "https://notebook.example");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null);
    }

    private async Task AssertProblemAsync(string url, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
