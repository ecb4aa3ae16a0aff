using CsvHelper;

namespace Deliberations.Web.Features.Exports;

/// <summary>One cell of a budget table (budget.csv): the table, the row, the column, the amount. Column names as the API's fields.</summary>
[CsvRecord]
public sealed partial record BudgetRow(
    [CsvColumn("decisionNumber")] string DecisionNumber,
    [CsvColumn("decisionDate"), CsvFormat(CsvDates.Iso)] DateOnly? DecisionDate,
    [CsvColumn("tablePosition")] int TablePosition,
    [CsvColumn("tableCaption")] string? TableCaption,
    [CsvColumn("rowPosition")] int RowPosition,
    [CsvColumn("rowLabel")] string RowLabel,
    [CsvColumn("column")] string Column,
    [CsvColumn("amount")] decimal? Amount,
    [CsvColumn("isTotal")] bool IsTotal);
