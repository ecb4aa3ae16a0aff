namespace Deliberations.Web.Features.Exports;

public static class CsvDates
{
    /// <summary>ISO 8601, as the SCDL schemas ask; CsvHelper would otherwise write the invariant culture's MM/dd/yyyy.</summary>
    public const string Iso = "yyyy-MM-dd";
}
