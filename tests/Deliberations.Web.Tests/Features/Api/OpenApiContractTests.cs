using System.Net;
using System.Text.Json;
using Deliberations.Web.Hosting.Health;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Features.Api;

/// <summary>The API as the OpenAPI document describes it: every path served is described, every response has the declared shape.</summary>
public class OpenApiContractTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    /// <summary>A request for each described path, with values the seeds hold; filters included so that lists are not empty.</summary>
    public static readonly TheoryData<string, string> Samples = new()
    {
        { "/api/deliberations", "/api/deliberations?year=2019&body=Conseil&pageSize=5" },
        { "/api/deliberations/{number}", "/api/deliberations/2021-0801" },
        { "/api/seances", "/api/seances" },
        { "/api/seances/{slug}", "/api/seances/2018-01-15-commission-permanente" },
        { "/api/elus", "/api/elus?term=2020&pageSize=200" },
        { "/api/elus/{slug}", "/api/elus/mme-baume-2020" },
        { "/api/projets", "/api/projets" },
        { "/api/projets/{slug}", "/api/projets/grandlyon-connect-pro" },
        { "/api/organisations/{slug}", "/api/organisations/reseau-des-territoires-innovants" },
        { "/api/budget", "/api/budget" },
        { "/api/recherche", "/api/recherche?q=subvention" },
        { "/api/conseils/elus", "/api/conseils/elus?nom=baume" },
        { "/export/deliberations.csv", "/export/deliberations.csv" },
        { "/export/subventions.csv", "/export/subventions.csv" },
        { "/export/presences.csv", "/export/presences.csv" },
        { "/export/budget.csv", "/export/budget.csv" },
        { "/export/subventions-detail.csv", "/export/subventions-detail.csv" },
        { "/export/deliberations-tableur.csv", "/export/deliberations-tableur.csv" },
        { "/export/subventions-tableur.csv", "/export/subventions-tableur.csv" },
        { "/export/subventions-detail-tableur.csv", "/export/subventions-detail-tableur.csv" },
        { "/export/budget-tableur.csv", "/export/budget-tableur.csv" },
        { "/flux.atom", "/flux.atom" },
        { "/elus/{slug}/flux.atom", "/elus/m-aggoun-2015/flux.atom" },
        { "/projets/{slug}/flux.atom", "/projets/grandlyon-connect-pro/flux.atom" },
        { "/recherche/flux.atom", "/recherche/flux.atom?q=subvention" },
        { "/organisations/{slug}/flux.atom", "/organisations/reseau-des-territoires-innovants/flux.atom" },
    };

    [Fact]
    public async Task Every_open_data_endpoint_the_site_serves_is_in_the_document_and_has_a_sample_here()
    {
        var schema = await OpenApiSchema.FetchAsync(factory.CreateClient());

        var served = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is null) // Razor pages are HTML, not the API
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null) // nor are the files of wwwroot
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p != "/openapi/{documentName}.json")
            .Where(p => p != HealthEndpoint.Path) // a probe for load balancers, not open data
            .ToHashSet();
        Assert.Equal(served.Order(StringComparer.Ordinal), schema.Paths.Order(StringComparer.Ordinal));
        Assert.Equal(served.Order(StringComparer.Ordinal), Samples.Select(s => (string)s[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Each_response_has_the_declared_content_type_and_json_the_declared_properties(string path, string url)
    {
        var client = factory.CreateClient();
        var schema = await OpenApiSchema.FetchAsync(client);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mediaType = response.Content.Headers.ContentType!.MediaType!;
        Assert.Contains(mediaType, schema.ContentTypes(path));
        if (mediaType == "application/json")
        {
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Empty(schema.Check(schema.ResponseSchema(path), body));
            if (body.TryGetProperty("items", out var items))
            {
                Assert.NotEqual(0, items.GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task The_document_describes_each_operation_in_french_with_its_parameters()
    {
        var schema = await OpenApiSchema.FetchAsync(factory.CreateClient());

        foreach (var path in schema.Paths)
        {
            var get = schema.Document.GetProperty("paths").GetProperty(path).GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), path);
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("description").GetString()), path);
            if (get.TryGetProperty("parameters", out var parameters))
            {
                Assert.All(parameters.EnumerateArray(), p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()), $"{path} {p.GetProperty("name")}"));
            }
        }

        var list = schema.Document.GetProperty("paths").GetProperty("/api/deliberations").GetProperty("get").GetProperty("parameters");
        Assert.Equal(["year", "body", "commission", "rapporteur", "page", "pageSize"], list.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }
}
