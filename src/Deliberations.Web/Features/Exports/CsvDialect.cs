namespace Deliberations.Web.Features.Exports;

/// <summary>How an export's bytes are laid out.</summary>
public enum CsvDialect
{
    /// <summary>RFC 4180 as the national schemas and programs expect: comma, UTF-8 without BOM, dot decimals.</summary>
    Standard,

    /// <summary>
    /// What a French spreadsheet opens right with a double click: semicolon, a UTF-8 byte order mark (without
    /// it, Excel reads <c>Métropole</c> as <c>MÃ©tropole</c>), decimal comma. Same columns and rows.
    /// </summary>
    Spreadsheet,
}
