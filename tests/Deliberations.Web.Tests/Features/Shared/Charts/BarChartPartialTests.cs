using AngleSharp.Html.Parser;
using Deliberations.Web.Features.Shared.Charts;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Shared.Charts;

/// <summary>The chart partial as Razor renders it: the picture and, beside it, the same data as a table.</summary>
public class BarChartPartialTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public const string PartialPath = "/Features/Shared/Charts/_BarChart.cshtml";

    public static readonly BarChartModel Sample = new(
        "subventions-2021",
        "Subventions votées en 2021, par commission",
        "Barres horizontales : Culture et sport reçoit le plus (26 500 €), Éducation le moins (1 200,50 €).",
        [new("Culture, sport & vie associative", 26500m), new("Urbanisme et mobilités", 12000m), new("Éducation <primaire>", 1200.5m)]);

    [Fact]
    public async Task Partial_shows_the_svg_and_an_accessible_table_of_the_same_data()
    {
        var html = await PartialRenderer.RenderAsync(factory.Services, PartialPath, Sample);
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");

        var svg = document.QuerySelector("svg[role=img]");
        Assert.NotNull(svg);
        Assert.Equal("subventions-2021-titre", svg.GetAttribute("aria-labelledby"));

        var table = document.QuerySelector("table");
        Assert.NotNull(table);
        Assert.Equal(Sample.Title, table.QuerySelector("caption")?.TextContent.Trim());
        Assert.Equal(["col", "col"], table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr =>
            (tr.QuerySelector("th[scope=row]")?.TextContent, tr.QuerySelector("td")?.TextContent)).ToList();
        Assert.Equal(
            [("Culture, sport & vie associative", "26\u00A0500\u00A0€"), ("Urbanisme et mobilités", "12\u00A0000\u00A0€"), ("Éducation <primaire>", "1\u00A0200,50\u00A0€")],
            rows);
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }
}
