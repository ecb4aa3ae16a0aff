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
/// <remarks>
/// At most <see cref="Readers"/> requests read at once; the others wait their turn here. Reads are
/// the cores' work, so more at once only makes each slower, and each reader holds a pooled
/// connection with its own page cache and map of the store: with 64 clients at once the server's
/// memory grew for as long as the load lasted (soak at 20,000 extracts, 2026-12-03).
/// </remarks>
public sealed class ReadSnapshotMiddleware(RequestDelegate next)
{
    public static readonly int Readers = Environment.ProcessorCount * 4;

    private readonly SemaphoreSlim _readers = new(Readers, Readers);

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

        if (endpoint.Metadata.GetMetadata<ServedFromFile>() is not null)
        {
            await ReadAsync(context, db, engine);
            return;
        }

        await _readers.WaitAsync(context.RequestAborted);
        try
        {
            await ReadAsync(context, db, engine);
        }
        finally
        {
            _readers.Release();
        }
    }

    private async Task ReadAsync(HttpContext context, DeliberationsDb db, IDatabaseEngine engine)
    {
        await using var snapshot = await engine.BeginSnapshotAsync(db, context.RequestAborted);
        await next(context);
    }
}
