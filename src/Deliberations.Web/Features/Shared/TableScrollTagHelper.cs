using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Deliberations.Web.Features.Shared;

/// <summary>
/// Every data table of the site, written <c>&lt;div class="table-scroll"&gt;&lt;table&gt;…</c>: on a phone the
/// stylesheet stacks its rows as cards, each cell under its column's heading (<c>data-label</c>), so the
/// subject and the amount are read without scrolling; on a wider screen a table that still overflows
/// scrolls in its box, which is a region named by the caption that the keyboard can focus.
/// </summary>
/// <remarks>
/// The labels are copied from the headings here rather than written in each cell of each page, so a
/// column can never get another page's label. The content is Razor's already encoded HTML; it is parsed
/// and serialised again, which encodes every text node.
/// </remarks>
[HtmlTargetElement("div", Attributes = "[class=table-scroll]")]
public sealed class TableScrollTagHelper : TagHelper
{
    private static readonly HtmlParser Parser = new();

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var body = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>").Body!;
        body.InnerHtml = content.GetContent();
        if (body.QuerySelector("table") is not { } table)
        {
            return;
        }

        table.ClassList.Add("cards");
        Label(table);
        output.Content.SetHtmlContent(body.InnerHtml);

        if (!output.Attributes.ContainsName("tabindex"))
        {
            output.Attributes.SetAttribute("tabindex", "0");
            output.Attributes.SetAttribute("role", "region");
        }

        if (!output.Attributes.ContainsName("aria-labelledby") && table.QuerySelector("caption") is { } caption)
        {
            output.Attributes.SetAttribute("aria-label", Words(caption.TextContent));
        }
    }

    /// <summary>Each body cell gets the text of the heading above it (the last heading row, spans counted).</summary>
    private static void Label(IElement table)
    {
        if (table.QuerySelectorAll("thead tr").LastOrDefault() is not { } headings)
        {
            return;
        }

        var labels = Columns(headings).Select(h => Words(h.TextContent)).ToList();
        foreach (var row in table.QuerySelectorAll("tbody tr, tfoot tr"))
        {
            var cells = Columns(row).ToList();
            for (var i = 0; i < cells.Count && i < labels.Count; i++)
            {
                if (labels[i].Length > 0 && (i == 0 || cells[i] != cells[i - 1]))
                {
                    cells[i].SetAttribute("data-label", labels[i]);
                }
            }
        }
    }

    /// <summary>The row's cells, a cell spanning n columns given n times, so indices are columns.</summary>
    private static IEnumerable<IElement> Columns(IElement row) =>
        row.Children.Where(c => c.LocalName is "td" or "th")
            .SelectMany(c => Enumerable.Repeat(c, int.TryParse(c.GetAttribute("colspan"), out var span) && span > 1 ? span : 1));

    /// <summary>The text as read: soft hyphens dropped, runs of white space one space.</summary>
    private static string Words(string text) =>
        string.Join(' ', text.Replace("\u00AD", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
