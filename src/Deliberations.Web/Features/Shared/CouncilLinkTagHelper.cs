using System.Text.Encodings.Web;
using Deliberations.Web.Features.Councils;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Deliberations.Web.Features.Shared;

/// <summary>
/// Keeps another council's pages among themselves: under <c>/conseils/{slug}</c> (the request's path
/// base), a link or form written from the site's root (<see cref="Routes"/>) gets the prefix. The
/// councils' directory is shared, and stays at the root.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
public sealed class CouncilLinkTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary><c>asp-home-council="true"</c>: a link to the site's own council's pages, left at the root.</summary>
    [HtmlAttributeName("asp-home-council")]
    public bool HomeCouncil { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var pathBase = ViewContext.HttpContext.Request.PathBase;
        var name = output.TagName == "form" ? "action" : "href";
        if (HomeCouncil || !pathBase.HasValue || !output.Attributes.TryGetAttribute(name, out var attribute) || Encoded(attribute.Value) is not { } url)
        {
            return;
        }

        if (CouncilPaths.FromRoot(url))
        {
            output.Attributes.SetAttribute(name, new HtmlString(HtmlEncoder.Default.Encode(pathBase.Value!) + url));
        }
    }

    /// <summary>The value as it would be written in the page (already encoded).</summary>
    private static string? Encoded(object? value)
    {
        switch (value)
        {
            case string text:
                return HtmlEncoder.Default.Encode(text);
            case IHtmlContent content:
                using (var writer = new StringWriter())
                {
                    content.WriteTo(writer, HtmlEncoder.Default);
                    return writer.ToString();
                }

            default:
                return null;
        }
    }
}
