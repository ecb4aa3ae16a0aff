using Deliberations.Web.Features.Shared.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary>The <c>page</c> and <c>pageSize</c> an API list is asked for, checked once for every list of the API.</summary>
public readonly record struct PageParameters(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    /// <summary>Large enough to fetch a year of decisions in a few calls, small enough that no request is expensive.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The parameters asked for, or the problem that says why they cannot be served.</summary>
    public static (PageParameters Parameters, ProblemHttpResult? Problem) From(int? page, int? pageSize)
    {
        if (page is < 1)
        {
            return (default, ApiProblems.BadParameter("page", "page commence à 1."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return (default, ApiProblems.BadParameter("pageSize", $"pageSize doit être compris entre 1 et {MaxPageSize}."));
        }

        var parameters = new PageParameters(page ?? 1, pageSize ?? DefaultPageSize);
        if ((long)(parameters.Page - 1) * parameters.PageSize > int.MaxValue)
        {
            // Past any register's size; refused rather than left to overflow into a negative offset.
            return (default, ApiProblems.BadParameter("page", "page est trop grand."));
        }

        return (parameters, null);
    }

    /// <summary>
    /// The page asked for, not clamped as the site's links are: past the end it is empty, which tells a
    /// client paging through a list that it has reached the end.
    /// </summary>
    public Paging Of(int total) => new(Page, PageSize, total);
}
