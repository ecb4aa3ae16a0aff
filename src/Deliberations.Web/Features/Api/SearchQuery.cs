using Deliberations.Web.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary>The words and year a search is asked for by a program (the API, a feed), checked once for both.</summary>
public static class SearchQuery
{
    /// <summary>The trimmed words, or the problem that says why the search cannot be run.</summary>
    public static (string Query, ProblemHttpResult? Problem) Check(string? q, int? year)
    {
        var query = q?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return ("", ApiProblems.BadParameter("q", "q, les mots cherchés, est obligatoire."));
        }

        if (query.Length > SearchParameters.MaxQueryLength)
        {
            return ("", ApiProblems.BadParameter("q", $"q ne dépasse pas {SearchParameters.MaxQueryLength} caractères."));
        }

        if (year is < SearchParameters.MinYear or > SearchParameters.MaxYear)
        {
            return ("", ApiProblems.BadParameter("year", "year doit être une année sur quatre chiffres."));
        }

        return (query, null);
    }
}
