using AngleSharp.Css.Dom;
using Ganss.Xss;

namespace Deliberations.Web.Features.Shared;

/// <summary>
/// The HTML sanitizer for the text of decisions: the structure a register uses (paragraphs, lists,
/// tables, headings, emphasis, links) and nothing that can run, load or restyle anything.
/// </summary>
public static class DocumentSanitizer
{
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "b", "strong", "i", "em", "sup", "sub", "ul", "ol", "li",
        "table", "thead", "tbody", "tr", "th", "td",
        "h1", "h2", "h3", "h4", "h5", "h6", "br", "a", "blockquote",
    };

    /// <summary>
    /// Elements whose content is code or a nested document, not text of the decision: dropped whole,
    /// whereas other refused elements (a <c>span</c>, a <c>div</c>) keep their text.
    /// </summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template",
        "noscript", "noembed", "noframes", "textarea", "title", "xmp", "svg", "math", "head",
    };

    public static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "colspan", "rowspan", "scope" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options)
        {
            // A register's text wrapped in an unknown element is still the register's text.
            KeepChildNodes = true,
        };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.InnerHtml = string.Empty;
            }
        };
        sanitizer.FilterUrl += (_, e) =>
        {
            // Relative links would point into this site, not to what the register meant: keep absolute web links only.
            if (!Uri.TryCreate(e.OriginalUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link && link.HasAttribute("href"))
            {
                // Links come from documents the site does not vouch for.
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
