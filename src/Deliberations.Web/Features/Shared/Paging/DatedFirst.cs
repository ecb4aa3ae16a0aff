using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Shared.Paging;

/// <summary>
/// One page of a list whose rows with a sitting come first, newest sitting first, and rows of
/// decisions without a sitting last. Asked as two queries, the dated one can be read in the order
/// of the sittings' date index and stop at the page, where one query with the sitting as an outer
/// join sorted every row of the register (20 ms for each list of <c>/budget</c> at 20,000 extracts).
/// </summary>
public static class DatedFirst
{
    /// <param name="dated">The rows with a sitting, ordered newest first.</param>
    /// <param name="undated">The others, ordered.</param>
    public static async Task<List<T>> PageAsync<T>(IQueryable<T> dated, IQueryable<T> undated, Paging paging, CancellationToken cancellationToken)
    {
        var datedCount = await dated.CountAsync(cancellationToken);
        var rows = paging.Skip < datedCount
            ? await dated.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken)
            : [];
        if (rows.Count < paging.PageSize)
        {
            rows.AddRange(await undated.Skip(Math.Max(0, paging.Skip - datedCount)).Take(paging.PageSize - rows.Count).ToListAsync(cancellationToken));
        }

        return rows;
    }
}
