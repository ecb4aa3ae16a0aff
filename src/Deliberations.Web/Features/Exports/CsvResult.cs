using System.Reflection;
using CsvHelper;
using Microsoft.AspNetCore.Http.Metadata;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// A CSV file written as the database yields its rows, so an export of the whole register never sits in
/// memory. CsvHelper writes RFC 4180 (comma, quotes where needed, CRLF), UTF-8 without BOM, a header
/// row, numbers in the invariant culture (dot decimal separator), and flushes whenever its buffer fills.
/// </summary>
public sealed class CsvResult<T>(string fileName, IAsyncEnumerable<T> rows) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// Booleans as in the JSON of the API. Text that starts with <c>= + - @</c>, a tab or a CR, which a
    /// spreadsheet would run as a formula (a title or a beneficiary is whatever the register printed),
    /// gets a leading apostrophe, as OWASP advises against CSV injection. Numbers are written as numbers
    /// whatever their sign: CsvHelper leaves typed values alone, so a negative amount stays valid SCDL.
    /// </summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        TrueValue = "true",
        FalseValue = "false",
        Injection = CsvInjection.Escape,
    };

    public string FileName => fileName;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            // The headers are all HEAD asks for: reading the whole register to discard it would be wasted.
            return;
        }

        await using var csv = CsvWriter.Create(response.Body, Options, leaveOpen: true);
        csv.WriteHeader<T>();
        await csv.WriteRecordsAsync(rows, httpContext.RequestAborted);
        await csv.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/csv"]));
}
