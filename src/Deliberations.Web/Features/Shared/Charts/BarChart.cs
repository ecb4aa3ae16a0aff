using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Deliberations.Web.Features.Shared.Charts;

/// <summary>One bar: what it stands for and how much.</summary>
public sealed record ChartBar(string Label, decimal Value);

/// <summary>A horizontal bar chart and the headings of the data table shown beside it (<c>_BarChart</c>).</summary>
/// <param name="Id">Unique on the page: the chart's title and description are referenced by id.</param>
public sealed record BarChartModel(string Id, string Title, string Description, IReadOnlyList<ChartBar> Bars)
{
    public Func<decimal, string> FormatValue { get; init; } = FrenchFormat.Amount;

    public string LabelHeading { get; init; } = "Libellé";

    public string ValueHeading { get; init; } = "Montant";
}

/// <summary>
/// Draws a bar chart as SVG on the server: no script, readable without CSS, and named for screen
/// readers by its <c>title</c> and <c>desc</c> (the data table beside it carries the detail).
/// </summary>
/// <remarks>
/// One row per bar: the label on the left and the value on the right of a text line, the bar below.
/// Values sit on their own line rather than at the bar's end so that a long bar never pushes its
/// value out of the picture. The view box is narrow so that text stays legible when a phone scales it down.
/// Colours come from CSS classes: inline <c>style</c> attributes are refused by the site's CSP.
/// </remarks>
public static class BarChart
{
    public const int Width = 360;
    public const int MaxLabelLength = 30;

    private const int Padding = 8;
    private const int TextLine = 21;
    private const int BarHeight = 16;
    private const int RowGap = 12;
    private const int RowHeight = TextLine + BarHeight + RowGap;

    public static HtmlString Render(BarChartModel chart) => new(ToSvg(chart));

    public static string ToSvg(BarChartModel chart)
    {
        var bars = chart.Bars;
        var height = bars.Count == 0 ? 2 * Padding : (2 * Padding) + (bars.Count * RowHeight) - RowGap;
        var low = Math.Min(0m, bars.Count == 0 ? 0m : bars.Min(b => b.Value));
        var high = Math.Max(0m, bars.Count == 0 ? 0m : bars.Max(b => b.Value));
        var span = high - low;
        const decimal plot = Width - (2 * Padding);
        decimal X(decimal value) => Padding + (span == 0 ? 0 : (value - low) / span * plot);
        var zero = X(0);

        var titleId = chart.Id + "-titre";
        var descId = chart.Id + "-desc";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" aria-labelledby="{Escape(titleId)}" aria-describedby="{Escape(descId)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{Escape(titleId)}">{Escape(chart.Title)}</title>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<desc id="{Escape(descId)}">{Escape(chart.Description)}</desc>""");

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = Padding + (i * RowHeight);
            var value = chart.FormatValue(bar.Value);
            var end = X(bar.Value);
            var left = Math.Min(zero, end);
            var width = Math.Abs(end - zero);
            if (bar.Value != 0 && width < 1)
            {
                width = 1; // a tiny amount still shows, as a hairline
            }

            svg.Append("<g class=\"chart-row\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(bar.Label)} : {Escape(value)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="chart-label" x="{Padding}" y="{top + 15}">{Escape(Shorten(bar.Label))}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="chart-value" x="{Width - Padding}" y="{top + 15}" text-anchor="end">{Escape(value)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect class="chart-bar" x="{Coordinate(left)}" y="{top + TextLine}" width="{Coordinate(width)}" height="{BarHeight}" fill="#0172ad"/>""");
            svg.Append("</g>");
        }

        // With negative values the bars no longer share a left edge: the zero line shows where they start.
        if (low < 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line class="chart-axis" x1="{Coordinate(zero)}" x2="{Coordinate(zero)}" y1="{Padding + TextLine - 2}" y2="{height - Padding + 2}" stroke="#646b79"/>""");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Labels are cut to fit beside their value; the full label is in the row's tooltip and the table.</summary>
    public static string Shorten(string label)
    {
        var trimmed = label.Trim();
        if (trimmed.Length <= MaxLabelLength)
        {
            return trimmed;
        }

        // Cut between words when a word boundary is not too far back, so no word is left half-written.
        var cut = trimmed.LastIndexOf(' ', MaxLabelLength - 1);
        var keep = cut >= MaxLabelLength / 2 ? cut : MaxLabelLength - 1;
        return trimmed[..keep].TrimEnd(' ', ',', ';', ':', '-') + "…";
    }

    private static string Coordinate(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
