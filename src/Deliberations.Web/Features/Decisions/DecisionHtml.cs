using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Readers;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Html;

namespace Deliberations.Web.Features.Decisions;

/// <summary>
/// The text of a decision as HTML for its page. Markdown goes through the sanitizing renderer first;
/// only then is the safe HTML reshaped as a DOM (headings fitted under the page's own, tables made
/// readable, citations linked), and serialised again, which encodes every text node.
/// </summary>
public static class DecisionHtml
{
    /// <summary>The report's headings start at this level: the page's sections are h2.</summary>
    public const int FirstHeadingLevel = 3;

    private static readonly HtmlParser Parser = new();

    public static HtmlString Report(MarkdownRenderer markdown, string text, IReadOnlySet<string> storedReferences)
    {
        var safe = markdown.ToHtml(ReportMarkdown.Prepare(text));
        if (safe.Length == 0)
        {
            return HtmlString.Empty;
        }

        var body = Body(safe);
        FitHeadings(body);
        ShapeTables(body);
        Typeset(body);
        DecisionReferences.Link(body, storedReferences);
        return new HtmlString(body.InnerHtml);
    }

    /// <summary>Plain text (an article), with French spaces, encoded, with its citations linked.</summary>
    public static HtmlString Text(string text, IReadOnlySet<string> storedReferences)
    {
        var body = Body("");
        body.AppendChild(body.Owner!.CreateTextNode(FrenchSpacing.Apply(text)));
        DecisionReferences.Link(body, storedReferences);
        return new HtmlString(body.InnerHtml);
    }

    /// <summary>
    /// French spaces in the document's own words, text node by text node: the stored text is untouched, the
    /// markup is never rewritten and the serialiser still encodes every node. Done before the citations are
    /// linked, whose pattern reads a no-break space as any other.
    /// </summary>
    private static void Typeset(IElement body)
    {
        foreach (var text in body.Descendants<IText>())
        {
            text.Data = FrenchSpacing.Apply(text.Data);
        }
    }

    private static IElement Body(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        return body;
    }

    /// <summary>
    /// Rebuilds the outline from what headings say rather than how they were marked: the registers mix
    /// <c>**I - Contexte**</c>, <c>## 2° - …</c> and <c>#### III - …</c> in one report. A Roman-numbered
    /// section becomes h3 and a numbered point h4, whether it was a heading or a paragraph in bold; other
    /// headings keep their rank relative to the report's highest one.
    /// </summary>
    private static void FitHeadings(IElement body)
    {
        var headings = body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        var highest = headings.Count == 0 ? 0 : headings.Min(h => h.LocalName[1] - '0');
        foreach (var heading in headings)
        {
            var level = LevelOf(heading.TextContent) ?? Math.Min(6, FirstHeadingLevel + (heading.LocalName[1] - '0') - highest);
            Rename(heading, "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var paragraph in body.QuerySelectorAll("p").Where(IsBoldLine).ToList())
        {
            if (LevelOf(paragraph.TextContent) is { } level)
            {
                Rename(paragraph, "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// 3 for a section, 4 for a point, null for anything else: what the parser's heading reader makes of
    /// the line, so the page's outline has the headings the parser found (and named projects after).
    /// </summary>
    private static int? LevelOf(string text) =>
        HeadingLine.Match(SourceText.FromString(text.Trim()).Lines[0])?.Kind switch
        {
            HeadingKind.Section => FirstHeadingLevel,
            HeadingKind.Point => FirstHeadingLevel + 1,
            _ => null,
        };

    /// <summary>A paragraph that is only bold text: how most registers print their headings.</summary>
    private static bool IsBoldLine(IElement paragraph) =>
        paragraph.Children.Length == 1
        && paragraph.FirstElementChild is { LocalName: "strong" or "b" } bold
        && paragraph.TextContent.Trim() == bold.TextContent.Trim();

    private static void Rename(IElement element, string name)
    {
        var replacement = element.Owner!.CreateElement(name);
        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        element.Parent!.ReplaceChild(replacement, element);
    }

    /// <summary>Header cells get their scope, amounts align, and a wide table scrolls in its own box on a phone.</summary>
    private static void ShapeTables(IElement body)
    {
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            foreach (var th in table.QuerySelectorAll("thead th"))
            {
                th.SetAttribute("scope", "col");
            }

            foreach (var td in table.QuerySelectorAll("td").Where(td => IsNumber(td.TextContent)))
            {
                td.ClassList.Add("number");
            }

            // An empty top-left cell is the registers' way of saying the first column labels the rows.
            if (table.QuerySelector("thead th") is { } corner && corner.TextContent.Trim().Length == 0)
            {
                corner.TextContent = "Libellé";
                foreach (var row in table.QuerySelectorAll("tbody tr"))
                {
                    if (row.FirstElementChild is { LocalName: "td" } first)
                    {
                        var th = table.Owner!.CreateElement("th");
                        th.SetAttribute("scope", "row");
                        while (first.FirstChild is { } child)
                        {
                            th.AppendChild(child);
                        }

                        row.ReplaceChild(th, first);
                    }
                }
            }

            var wrapper = body.Owner!.CreateElement("div");
            wrapper.ClassList.Add("table-scroll");

            // Focusable, so that a table wider than a phone can be scrolled from the keyboard.
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("aria-label", "Tableau du rapport");
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    private static bool IsNumber(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t.Any(char.IsDigit) && t.All(c => char.IsDigit(c) || c is ' ' or '\u00A0' or '\u202F' or ',' or '.' or '-' or '€' or '%');
    }
}
