using CsvHelper;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// How every export is written, to its file beside the store or streamed to a response: one writer,
/// so both give the same bytes. CsvHelper writes RFC 4180 (comma, quotes where needed, CRLF), UTF-8
/// without BOM, a header row, numbers in the invariant culture (dot decimal separator), and flushes
/// whenever its buffer fills, so an export of the whole register never sits in memory. The
/// spreadsheet dialect changes only the separator, the BOM and the decimal comma (<see cref="CsvDialect"/>).
/// </summary>
public static class CsvWriting
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

    private static readonly CsvWriterOptions SpreadsheetOptions = Options with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        FormatProvider = Shared.FrenchFormat.Culture,
    };

    public static async Task WriteAsync<T>(Stream output, IAsyncEnumerable<T> rows, CsvDialect dialect, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, dialect == CsvDialect.Spreadsheet ? SpreadsheetOptions : Options, leaveOpen: true);
        csv.WriteHeader<T>();
        await csv.WriteRecordsAsync(rows, cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }
}
