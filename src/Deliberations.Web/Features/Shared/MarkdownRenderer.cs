using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Deliberations.Web.Features.Shared;

/// <summary>
/// Turns the text of an extract (Markdown with some HTML, as the registers are published) into HTML
/// that is safe to put in a page.
/// </summary>
/// <remarks>
/// Markdig passes raw HTML through untouched, so everything it produces goes through the document
/// sanitizer: the output is safe whatever the input.
/// </remarks>
public sealed class MarkdownRenderer(IHtmlSanitizer sanitizer)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .Build();

    public HtmlString Render(string? markdown) => new(ToHtml(markdown));

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        return sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
    }
}
