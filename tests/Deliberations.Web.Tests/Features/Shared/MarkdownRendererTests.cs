using AngleSharp.Html.Parser;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Tests.Features.Shared;

/// <summary>The extract text is untrusted: whatever it holds, the HTML that reaches a page cannot run anything.</summary>
public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new(DocumentSanitizer.Create());

    public static TheoryData<string> HostileInputs => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\" onmouseover='alert(2)'>texte</p>",
        "[lien](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">lien</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">lien</a>",
        "<a href=\"java&#x09;script:alert(1)\">lien</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">lien</a>",
        "<a href=\"vbscript:msgbox(1)\">lien</a>",
        "<p style=\"width: expression(alert(1))\">texte</p>",
        "<div style=\"background:url(javascript:alert(1))\">texte</div>",
        "<style>body { background: url(javascript:alert(1)) }</style>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<svg onload=alert(1)><script>alert(2)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<form action=\"https://evil.example/\"><input name=q><button>ok</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
        "<base href=\"https://evil.example/\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
        "<<script>script>alert(1)<</script>/script>",
        "<!--<script>alert(1)</script>-->",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | <script>alert(1)</script> |",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_input_leaves_nothing_that_can_run_load_or_restyle(string input)
    {
        var html = Renderer.ToHtml(input);
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");

        Assert.Empty(document.QuerySelectorAll("script, style, iframe, object, embed, svg, math, form, input, button, img, meta, base, link, noscript"));
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.DoesNotMatch("^on", attribute.Name);
                Assert.Contains(attribute.Name, new[] { "href", "rel", "colspan", "rowspan", "scope" });
            }

            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches("^https?://", href);
            }
        }

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expression(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Script_content_is_dropped_not_shown_as_text()
    {
        var html = Renderer.ToHtml("Avant <script>alert('piège')</script> après");

        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Contains("Avant", html, StringComparison.Ordinal);
        Assert.Contains("après", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_inside_refused_wrappers_is_kept()
    {
        var html = Renderer.ToHtml("<div><span class=\"x\">Article 1er : le Conseil approuve.</span></div>");

        Assert.Contains("Article 1er : le Conseil approuve.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_structure_survives()
    {
        var html = Renderer.ToHtml("## Dispositif\n\nLe Conseil **approuve** la convention.\n\n- un\n- deux\n\n> cité\n");

        Assert.Contains("<h2>Dispositif</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>approuve</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>un</li>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipe_tables_become_tables_without_inline_style()
    {
        var html = Renderer.ToHtml("| Chapitre | Montant |\n|:---|---:|\n| 65 | 26 500 € |\n");
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");

        Assert.NotNull(document.QuerySelector("table thead tr th"));
        Assert.Equal("26 500 €", document.QuerySelector("table tbody td:last-child")?.TextContent);
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void Web_links_are_kept_and_marked_as_untrusted()
    {
        var html = Renderer.ToHtml("Voir [le site](https://www.grandlyon.com/) et [ici](/admin) ou [là](mailto:a@b.fr).");
        var links = new HtmlParser().ParseDocument("<body>" + html + "</body>").QuerySelectorAll("a");

        Assert.Equal(3, links.Length);
        Assert.Equal("https://www.grandlyon.com/", links[0].GetAttribute("href"));
        Assert.Equal("nofollow noopener noreferrer", links[0].GetAttribute("rel"));
        Assert.Null(links[1].GetAttribute("href"));
        Assert.Null(links[2].GetAttribute("href"));
        Assert.Equal("ici", links[1].TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n")]
    public void Empty_text_renders_nothing(string? input)
    {
        Assert.Equal("", Renderer.ToHtml(input));
        Assert.Equal("", Renderer.Render(input).Value);
    }

    [Fact]
    public void Allowed_tags_are_exactly_those_of_a_register()
    {
        Assert.Equal(
            ["a", "b", "blockquote", "br", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "li", "ol", "p", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul"],
            DocumentSanitizer.AllowedTags.Order(StringComparer.Ordinal));
    }
}
