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

    /// <summary>The text of a fact as a reader sees it, without the "ligne N" links to the source that follow it.</summary>
    public static IElement WithoutLineLinks(this IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var link in copy.QuerySelectorAll(".line-link"))
        {
            link.Remove();
        }

        return copy;
    }
}
