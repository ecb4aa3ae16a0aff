using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Shared.Paging;

/// <summary>The rows of one page and where that page stands in the whole list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, Paging Paging)
{
    /// <summary>
    /// Counts, then reads one page, both in SQL: a list of 20,000 decisions costs two small queries.
    /// <paramref name="ordered"/> must be ordered, or pages would overlap.
    /// </summary>
    public static async Task<PagedList<T>> LoadAsync(IQueryable<T> ordered, int? requestedPage, int pageSize, CancellationToken cancellationToken)
    {
        var paging = Paging.Of(requestedPage, pageSize, await ordered.CountAsync(cancellationToken));
        var items = await ordered.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, paging);
    }
}
