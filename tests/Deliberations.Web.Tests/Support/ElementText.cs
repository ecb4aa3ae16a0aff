using AngleSharp.Dom;

namespace Deliberations.Web.Tests.Support;

public static class ElementText
{
    /// <summary>
    /// The element's text with line breaks and indentation collapsed, but the no-break spaces the site
    /// writes on purpose (<c>93,5 %</c>) kept, so tests can check them.
    /// </summary>
    public static string Text(this IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
