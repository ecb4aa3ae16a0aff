using Deliberations.Web.Data;

namespace Deliberations.Web.Features.Exports;

/// <summary>One export of <c>/export</c>: the name it is downloaded under, and its rows as the store holds them.</summary>
public abstract class CsvExport(string fileName, CsvDialect dialect)
{
    /// <summary>What the spreadsheet variant adds to the name: <c>subventions-tableur.csv</c>.</summary>
    public const string SpreadsheetSuffix = "-tableur";

    public string FileName => fileName;

    public CsvDialect Dialect => dialect;

    /// <summary>The header and every row, into a file being written.</summary>
    public abstract Task WriteAsync(Stream output, DeliberationsDb db, ExportSettings settings, CancellationToken cancellationToken);

    /// <summary>The same bytes as an answer streamed from the store, when no file can be written.</summary>
    public abstract IResult Stream(DeliberationsDb db, ExportSettings settings, CancellationToken cancellationToken);

    /// <summary>The same rows for a French spreadsheet (<see cref="CsvDialect.Spreadsheet"/>), under <c>name-tableur.csv</c>.</summary>
    public abstract CsvExport ForSpreadsheet();
}

/// <summary>An export whose rows are <typeparamref name="T"/>, read by <paramref name="rows"/> in one streamed query.</summary>
public sealed class CsvExport<T>(string fileName, Func<DeliberationsDb, ExportSettings, CancellationToken, IAsyncEnumerable<T>> rows, CsvDialect dialect = CsvDialect.Standard)
    : CsvExport(fileName, dialect)
{
    public override Task WriteAsync(Stream output, DeliberationsDb db, ExportSettings settings, CancellationToken cancellationToken) =>
        CsvWriting.WriteAsync(output, rows(db, settings, cancellationToken), Dialect, cancellationToken);

    public override IResult Stream(DeliberationsDb db, ExportSettings settings, CancellationToken cancellationToken) =>
        new CsvResult<T>(FileName, rows(db, settings, cancellationToken), Dialect);

    public override CsvExport ForSpreadsheet() =>
        new CsvExport<T>(Path.GetFileNameWithoutExtension(FileName) + SpreadsheetSuffix + Path.GetExtension(FileName), rows, CsvDialect.Spreadsheet);
}
