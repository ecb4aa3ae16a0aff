using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Deliberations.Web.Tests.Support;

/// <summary>A fetched page: its response and its parsed document.</summary>
public sealed record HtmlPage(HttpResponseMessage Response, string Html, IHtmlDocument Document)
{
    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return new HtmlPage(response, html, document);
    }

    /// <summary>The visible text of the main landmark, whitespace collapsed.</summary>
    public string MainText => Collapse(Document.QuerySelector("main")?.TextContent ?? "");

    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    /// <summary>Text as a reader sees it: every run of spaces (no-break ones included) is one space.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
