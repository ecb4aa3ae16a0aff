namespace Deliberations.Web.Features.Search;

/// <summary>
/// What one search asks: the words, the order, the filters (a sitting's year, a body as stored or
/// typed leniently), which page of the decisions and how long. The page and the API read it from
/// their query strings and hand it to <see cref="SiteSearch"/>, so both answer the same.
/// </summary>
public sealed record SearchParameters(string Query, bool ByRelevance, int? Year, string? Body, int Page, int PageSize)
{
    /// <summary>Longer input is cut or refused: no one types more, and it keeps every search cheap.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Deep pages cost the index a walk past every earlier match; a thousand decisions is further than anyone pages.</summary>
    public const int MaxPage = 50;

    /// <summary>The years a filter may name: those a date can be made of, with the year after.</summary>
    public const int MinYear = 1;

    public const int MaxYear = 9998;

    /// <summary>The order parameter's value for relevance (<c>tri</c> on the page, <c>order</c> in the API); without it, the latest sitting first.</summary>
    public const string RelevantOrder = "pertinence";

    public bool HasFilter => Year is not null || !string.IsNullOrWhiteSpace(Body);

    public int Offset => (Page - 1) * PageSize;
}
