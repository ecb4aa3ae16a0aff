using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Shared.Paging;

/// <summary>The rows of one page and where that page stands in the whole list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, Paging Paging)
{
    /// <summary>
    /// Counts, then reads one page, both in SQL: a list of 20,000 decisions costs two small queries.
    /// <paramref name="ordered"/> must be ordered, or pages would overlap.
    /// </summary>
    /// <param name="page">Chooses the page once the total is known: the site clamps it to the pages that exist, the API does not.</param>
    public static async Task<PagedList<T>> LoadAsync(IQueryable<T> ordered, Func<int, Paging> page, CancellationToken cancellationToken)
    {
        var paging = page(await ordered.CountAsync(cancellationToken));
        var items = await ordered.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, paging);
    }

    /// <summary>A page of a site's list: <paramref name="requestedPage"/> clamped to the pages that exist.</summary>
    public static Task<PagedList<T>> LoadAsync(IQueryable<T> ordered, int? requestedPage, int pageSize, CancellationToken cancellationToken) =>
        LoadAsync(ordered, total => Paging.Of(requestedPage, pageSize, total), cancellationToken);
}
