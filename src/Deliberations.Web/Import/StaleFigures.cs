using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Import.Rows;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// The figures an import counts once, at its end, rather than per document (sittings, officials'
/// names, the register's totals), marked stale in the transaction of the documents that change them
/// (<see cref="StaleFigure"/>). Marks outlive an import killed before its end, and an import that
/// changed nothing leaves none: it counts nothing again.
/// </summary>
public static class StaleFigures
{
    private const string MarkSql = "INSERT INTO \"StaleFigures\" (\"Kind\", \"Id\") VALUES (?1, ?2) ON CONFLICT DO NOTHING";

    /// <summary>Marks, within the caller's transaction, the figures of what a batch of documents changed.</summary>
    public static void Mark(RowWriter rows, IReadOnlyCollection<int> sittingIds, IReadOnlyCollection<int> officialIds)
    {
        rows.Execute(MarkSql, (int)StaleKind.Register, 0);
        foreach (var id in sittingIds)
        {
            rows.Execute(MarkSql, (int)StaleKind.Sitting, id);
        }

        foreach (var id in officialIds)
        {
            rows.Execute(MarkSql, (int)StaleKind.Official, id);
        }
    }

    /// <summary>Counts again every figure marked stale, then removes the marks; nothing when none is.</summary>
    /// <param name="rename">Names the officials marked (<see cref="DisplayNames"/>).</param>
    public static async Task RecountAsync(DeliberationsDb db, IDatabaseEngine engine, Func<IReadOnlyCollection<int>, CancellationToken, Task> rename, CancellationToken cancellationToken)
    {
        var stale = await db.StaleFigures.AsNoTracking().ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return;
        }

        await SittingTallies.RefreshAsync(db, Ids(stale, StaleKind.Sitting), cancellationToken);
        await rename(Ids(stale, StaleKind.Official), cancellationToken);
        await RegisterFigures.RefreshAsync(db, engine, cancellationToken);

        // Only once counted: a recount stopped half-way is made again whole.
        await db.StaleFigures.ExecuteDeleteAsync(cancellationToken);
    }

    private static int[] Ids(List<StaleFigure> stale, StaleKind kind) => [.. stale.Where(s => s.Kind == kind).Select(s => s.Id)];
}
