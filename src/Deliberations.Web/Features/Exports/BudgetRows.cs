using System.Runtime.CompilerServices;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Exports;

/// <summary>Every cell of every budget table, one CSV row per table row and column, in one streamed query.</summary>
public static class BudgetRows
{
    public static async IAsyncEnumerable<BudgetRow> ReadAsync(DeliberationsDb db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines =
            from line in db.BudgetLines.AsNoTracking()
            join table in db.BudgetTables.AsNoTracking() on line.TableId equals table.Id
            orderby table.Decision!.Sitting == null ? DateOnly.MinValue : table.Decision.Sitting.Date, table.Decision!.OrderKey, table.Position, line.Position
            select new
            {
                table.Decision!.Number,
                Date = table.Decision.Sitting == null ? (DateOnly?)null : table.Decision.Sitting.Date,
                TablePosition = table.Position,
                table.Caption,
                table.Columns,
                RowPosition = line.Position,
                line.Label,
                line.Values,
                line.IsTotal,
            };
        await foreach (var l in lines.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // A row may carry fewer values than the table has columns (an empty trailing cell): the cell is then empty.
            for (var c = 0; c < l.Columns.Count; c++)
            {
                yield return new BudgetRow(l.Number, l.Date, l.TablePosition + 1, l.Caption, l.RowPosition + 1, l.Label, l.Columns[c], c < l.Values.Count ? PlainNumber.Of(l.Values[c]) : null, l.IsTotal);
            }
        }
    }
}
