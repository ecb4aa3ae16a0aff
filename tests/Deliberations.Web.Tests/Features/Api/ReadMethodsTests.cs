using System.Net;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Api;

/// <summary>
/// HEAD answers wherever GET does, with the same headers and no body: the API, the exports and the feeds.
/// On a real server, since leaving the body out of a HEAD answer is Kestrel's part.
/// </summary>
public class ReadMethodsTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Theory]
    [InlineData("/api/deliberations")]
    [InlineData("/api/elus/mme-baume-2020")]
    [InlineData("/export/deliberations.csv")]
    [InlineData("/export/presences.csv")]
    [InlineData("/flux.atom")]
    [InlineData("/elus/m-aggoun-2015/flux.atom")]
    public async Task Head_has_the_status_and_content_type_of_get_and_no_body(string url)
    {
        using var client = site.CreateKestrelClient();
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentDisposition, head.Content.Headers.ContentDisposition);

        // HttpClient never reads the body of a HEAD answer: the socket shows that none was sent.
        var answer = await RawHttp.SendAsync(site.BaseAddress, $"HEAD {url} HTTP/1.1");
        Assert.Equal(200, answer.Status);
        Assert.EndsWith("\r\n\r\n", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_on_a_feed_announces_the_length_get_sends()
    {
        using var client = site.CreateKestrelClient();
        using var get = await client.GetAsync(new Uri("/flux.atom", UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/flux.atom", UriKind.Relative)));

        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Head_on_an_unknown_resource_is_a_404_as_get_is()
    {
        using var client = site.CreateKestrelClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/elus/m-personne-2015", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal("application/problem+json", head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_document_describes_each_path_once_as_get()
    {
        using var client = site.CreateKestrelClient();
        var schema = await OpenApiSchema.FetchAsync(client);

        foreach (var path in schema.Paths)
        {
            Assert.Equal(["get"], schema.Document.GetProperty("paths").GetProperty(path).EnumerateObject().Select(p => p.Name));
        }
    }
}
