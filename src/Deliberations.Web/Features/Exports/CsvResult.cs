namespace Deliberations.Web.Features.Exports;

/// <summary>
/// An export streamed from the database as it yields its rows: what every request did before the
/// exports were written to files, and what is still done when they cannot be (see <see cref="ExportDownloads"/>).
/// </summary>
public sealed class CsvResult<T>(string fileName, IAsyncEnumerable<T> rows, CsvDialect dialect) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = CsvWriting.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            // The headers are all HEAD asks for: reading the whole register to discard it would be wasted.
            return;
        }

        await CsvWriting.WriteAsync(response.Body, rows, dialect, httpContext.RequestAborted);
    }
}
