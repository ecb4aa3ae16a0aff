using Microsoft.Net.Http.Headers;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// An export file opened for one answer. Opened before the answer starts, and with deletion allowed:
/// a newer writer may delete it meanwhile, and what is open stays readable until closed.
/// </summary>
public sealed class ExportFile(FileStream stream, string entityTag, DateTimeOffset lastModified)
{
    /// <summary>
    /// As any static file: <c>Content-Length</c>, <c>Range</c> (206), <c>If-None-Match</c> and
    /// <c>If-Modified-Since</c> (304), HEAD without the body. The ETag is the stamp, the same for
    /// every download of one state; the file's own write time is its <c>Last-Modified</c>.
    /// </summary>
    public IResult Answer(HttpContext context, string fileName)
    {
        // A 304 or a 416 never reads the stream: it is closed with the request whatever the answer.
        context.Response.RegisterForDispose(stream);
        return Results.File(stream, CsvWriting.ContentType, fileName, lastModified, new EntityTagHeaderValue($"\"{entityTag}\""), enableRangeProcessing: true);
    }
}
