using System.Xml.Linq;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Charts;

namespace Deliberations.Web.Tests.Features.Shared.Charts;

public class BarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly BarChartModel Grants = new(
        "subventions",
        "Subventions votées par commission",
        "Barres horizontales : la commission Culture reçoit le plus, 26 500 €.",
        [new("Culture & vie associative", 26500m), new("Urbanisme", 12000.5m), new("Éducation <primaire>", 0m)]);

    [Fact]
    public void Svg_is_well_formed_and_named_for_screen_readers()
    {
        var svg = XElement.Parse(BarChart.ToSvg(Grants));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Element(Svg + "title");
        var desc = svg.Element(Svg + "desc");
        Assert.Equal("Subventions votées par commission", title?.Value);
        Assert.Equal(Grants.Description, desc?.Value);
        Assert.Equal((string?)title?.Attribute("id"), (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal((string?)desc?.Attribute("id"), (string?)svg.Attribute("aria-describedby"));
        Assert.StartsWith("subventions-", (string?)title?.Attribute("id"), StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_and_french_values_are_written_as_text()
    {
        var svg = XElement.Parse(BarChart.ToSvg(Grants));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Contains("Culture & vie associative", texts);
        Assert.Contains("Éducation <primaire>", texts);
        Assert.Contains("26\u00A0500\u00A0€", texts);
        Assert.Contains("12\u00A0000,50\u00A0€", texts);
        Assert.Contains("0\u00A0€", texts);
    }

    [Fact]
    public void No_inline_style_attribute_anywhere()
    {
        var svg = XElement.Parse(BarChart.ToSvg(Grants));

        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.Empty(svg.Descendants(Svg + "style"));
        Assert.Empty(svg.Descendants(Svg + "script"));
    }

    [Fact]
    public void Bar_widths_are_proportional_to_values()
    {
        var svg = XElement.Parse(BarChart.ToSvg(Grants));
        var widths = svg.Descendants(Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(3, widths.Count);
        Assert.Equal(BarChart.Width - 16, widths[0], 2);
        Assert.Equal(widths[0] * 12000.5 / 26500, widths[1], 1);
        Assert.Equal(0, widths[2]);
    }

    [Fact]
    public void Negative_values_extend_left_of_the_axis()
    {
        var chart = Grants with { Bars = [new("Recettes", 1000m), new("Reprise", -500m)] };
        var svg = XElement.Parse(BarChart.ToSvg(chart));
        var rects = svg.Descendants(Svg + "rect").ToList();
        var axis = double.Parse((string)svg.Descendants(Svg + "line").Single().Attribute("x1")!, System.Globalization.CultureInfo.InvariantCulture);

        double X(XElement r, string name) => double.Parse((string)r.Attribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(axis, X(rects[0], "x"), 2);
        Assert.Equal(axis, X(rects[1], "x") + X(rects[1], "width"), 2);
        Assert.Contains("-500\u00A0€", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Long_labels_are_shortened_with_the_full_label_in_the_tooltip()
    {
        const string Long = "Attribution d'une subvention de fonctionnement à l'association pour le développement";
        var chart = Grants with { Bars = [new(Long, 10m)] };
        var svg = XElement.Parse(BarChart.ToSvg(chart));

        var label = svg.Descendants(Svg + "text").First().Value;
        Assert.True(label.Length <= BarChart.MaxLabelLength);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
        Assert.StartsWith(Long + " : ", svg.Descendants(Svg + "g").Single().Element(Svg + "title")?.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Culture, sport & vie associative", "Culture, sport & vie…")]
    [InlineData("Subventionsauxassociationsculturellesetsportives", "Subventionsauxassociationscul…")]
    [InlineData("  Voirie  ", "Voirie")]
    public void Labels_are_cut_between_words_when_possible(string label, string expected)
    {
        Assert.Equal(expected, BarChart.Shorten(label));
    }

    [Fact]
    public void Values_use_the_chosen_format()
    {
        var chart = Grants with { Bars = [new("Présence", 93.5m)], FormatValue = v => FrenchFormat.Percent(v) };

        Assert.Contains("93,5\u00A0%", BarChart.ToSvg(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_chart_is_still_valid_svg()
    {
        var svg = XElement.Parse(BarChart.ToSvg(Grants with { Bars = [] }));

        Assert.Empty(svg.Descendants(Svg + "rect"));
        Assert.NotNull(svg.Element(Svg + "title"));
    }
}
