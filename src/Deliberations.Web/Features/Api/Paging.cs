using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary>Page and page size of a list, checked once for every list of the API.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    /// <summary>Large enough to fetch a year of decisions in a few calls, small enough that no request is expensive.</summary>
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The paging asked for, or the problem that says why it cannot be served.</summary>
    public static (Paging Paging, ProblemHttpResult? Problem) From(int? page, int? pageSize)
    {
        if (page is < 1)
        {
            return (default, ApiProblems.BadParameter("page", "page commence à 1."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return (default, ApiProblems.BadParameter("pageSize", $"pageSize doit être compris entre 1 et {MaxPageSize}."));
        }

        var paging = new Paging(page ?? 1, pageSize ?? DefaultPageSize);
        if ((long)(paging.Page - 1) * paging.PageSize > int.MaxValue)
        {
            // Past any register's size; refused rather than left to overflow into a negative offset.
            return (default, ApiProblems.BadParameter("page", "page est trop grand."));
        }

        return (paging, null);
    }
}
