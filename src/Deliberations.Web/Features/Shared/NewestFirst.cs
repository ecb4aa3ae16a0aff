using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Features.Shared;

/// <summary>Decisions newest sitting first, then the latest number first (<see cref="DecisionOrder"/>): the order of every list of decisions, HTML, API and feeds alike.</summary>
public static class NewestFirst
{
    /// <summary>Undated decisions last: SQL sorts nulls lowest.</summary>
    public static IOrderedQueryable<Decision> OrderNewestFirst(this IQueryable<Decision> decisions) =>
        decisions.OrderByDescending(d => d.SittingDate).ThenByDescending(d => d.OrderKey);

    /// <summary>
    /// One page of decisions, chosen on the index of sitting date and number alone, then read by key:
    /// ordering the whole rows, each holding its report, read the entire table (160 ms for a page of
    /// the list at 20,000 extracts, 20 ms this way).
    /// </summary>
    public static IOrderedQueryable<Decision> PageNewestFirst(this IQueryable<Decision> decisions, int skip, int take)
    {
        var page = decisions.OrderNewestFirst().Skip(skip).Take(take).Select(d => d.Id);
        return decisions.Where(d => page.Contains(d.Id)).OrderNewestFirst();
    }
}
