using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Deliberations.Web.Features.Api;

/// <summary>
/// <c>/api</c>: the API's reference, rendered on the server from the OpenAPI document. A UI package
/// (Swagger UI, Scalar) would need inline script or style, which the site's CSP forbids everywhere;
/// a plain page also works offline, without JavaScript, and with the site's accessibility.
/// </summary>
public sealed class IndexModel([FromKeyedServices("v1")] IOpenApiDocumentProvider documents) : PageModel
{
    public OpenApiReference Reference { get; private set; } = new("", "", [], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        using var parsed = JsonDocument.Parse(json);
        Reference = OpenApiReference.From(parsed.RootElement);
    }
}
