using Deliberations.Web.Data;
using Microsoft.AspNetCore.StaticAssets;

namespace Deliberations.Web.Hosting;

/// <summary>
/// Gives each page and API request one committed state of the store to read. A page makes several
/// queries; read one by one while an import committed between them, the project page looked up a
/// decision its first query had not seen and failed with a 500, and a decision page could show
/// the counts of one version above the lists of the next. The read transaction never waits for an
/// import, nor an import for it.
/// </summary>
public sealed class ReadSnapshotMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, DeliberationsDb db, IDatabaseEngine engine)
    {
        // A request with no endpoint, or for a file of wwwroot, reads nothing.
        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            await next(context);
            return;
        }

        await using var snapshot = await engine.BeginSnapshotAsync(db, context.RequestAborted);
        await next(context);
    }
}
