using System.Net;
using System.Text;
using System.Text.RegularExpressions;
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
/// column can never get another page's label. The content is the site's own markup as Razor wrote it
/// (every text encoded, every attribute quoted, no table within a table), read with a few patterns:
/// parsed into a document and written out again, the list of officials took 50 ms more to serve
/// (issue 18), where its rows take 2. The page tests check every label against an HTML parser's reading.
/// </remarks>
[HtmlTargetElement("div", Attributes = "[class=table-scroll]")]
public sealed partial class TableScrollTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var html = (await output.GetChildContentAsync()).GetContent();
        if (TableTag().Match(html) is not { Success: true } table)
        {
            return;
        }

        output.Content.SetHtmlContent(Labelled(html, table));
        if (!output.Attributes.ContainsName("tabindex"))
        {
            output.Attributes.SetAttribute("tabindex", "0");
            output.Attributes.SetAttribute("role", "region");
        }

        if (!output.Attributes.ContainsName("aria-labelledby") && Caption().Match(html) is { Success: true } caption)
        {
            output.Attributes.SetAttribute("aria-label", Text(caption.Groups["text"].Value));
        }
    }

    /// <summary>
    /// The table marked <c>cards</c>, each body and foot cell with the text of the heading above it (the
    /// last heading row, spans counted): one pass over the tags that open rows and cells, the markup
    /// between them copied as it is.
    /// </summary>
    private static string Labelled(string html, Match table)
    {
        var head = Head().Match(html, table.Index);
        var labels = head.Success ? HeadingRow(head.Groups["rows"].Value) : [];
        var output = new StringBuilder(html.Length + (html.Length / 4));
        output.Append(html, 0, table.Index).Append(WithCardsClass(table.Value));
        var copied = table.Index + table.Length;
        var column = 0;
        foreach (var tag in RowOrCellStart().EnumerateMatches(html.AsSpan(), head.Success ? head.Index + head.Length : copied))
        {
            if (html[tag.Index + 2] == 'r')
            {
                column = 0;
                continue;
            }

            var attributes = html.Substring(tag.Index + 3, tag.Length - 4);
            var label = column < labels.Count ? labels[column] : "";
            column += Span(attributes);
            if (label.Length > 0 && !attributes.Contains(" data-label=", StringComparison.Ordinal))
            {
                var end = tag.Index + tag.Length - 1;
                output.Append(html, copied, end - copied).Append(" data-label=\"").Append(WebUtility.HtmlEncode(label)).Append('"');
                copied = end;
            }
        }

        return output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The labels of the last row of the table's head, a heading spanning n columns given n times, so indices are columns.</summary>
    private static List<string> HeadingRow(string rows)
    {
        var last = Row().Matches(rows).LastOrDefault();
        return last is null ? [] : [.. Cell().Matches(last.Value).SelectMany(c => Enumerable.Repeat(Text(c.Groups["content"].Value), Span(c.Groups["attributes"].Value)))];
    }

    private static string WithCardsClass(string tableTag) =>
        ClassAttribute().Match(tableTag) is { Success: true } classes
            ? tableTag.Insert(classes.Groups["names"].Index + classes.Groups["names"].Length, " cards")
            : $"{tableTag[..^1]} class=\"cards\">";

    private static int Span(string attributes) =>
        ColSpan().Match(attributes) is { Success: true } span && int.TryParse(span.Groups["n"].Value, out var n) && n > 1 ? n : 1;

    /// <summary>The text as read: tags dropped, entities decoded, soft hyphens dropped, runs of white space one space.</summary>
    private static string Text(string html) =>
        string.Join(' ', WebUtility.HtmlDecode(Tag().Replace(html, "")).Replace("\u00AD", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"<table\b[^>]*>")]
    private static partial Regex TableTag();

    [GeneratedRegex(@"<caption\b[^>]*>(?<text>.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex Caption();

    [GeneratedRegex(@"<thead\b[^>]*>(?<rows>.*?)</thead>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex(@"<tr\b[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<t[hd]\b(?<attributes>[^>]*)>(?<content>.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    /// <summary><c>&lt;tr&gt;</c>, <c>&lt;th&gt;</c> or <c>&lt;td&gt;</c> with its attributes (not <c>&lt;thead&gt;</c>: a word character follows).</summary>
    [GeneratedRegex(@"<t[rhd]\b[^>]*>")]
    private static partial Regex RowOrCellStart();

    [GeneratedRegex(@"\bclass=""(?<names>[^""]*)""")]
    private static partial Regex ClassAttribute();

    [GeneratedRegex(@"\bcolspan=""(?<n>\d+)""")]
    private static partial Regex ColSpan();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
