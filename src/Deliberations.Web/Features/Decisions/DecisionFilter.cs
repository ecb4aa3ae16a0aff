using System.Globalization;

namespace Deliberations.Web.Features.Decisions;

/// <summary>What the list of decisions is narrowed to, read from the query string.</summary>
/// <remarks>
/// Values arrive as strings and are parsed here rather than by model binding: a malformed value
/// (<c>?year=abc</c>, <c>?page=-5</c>) is dropped or clamped, never turned into an error page.
/// </remarks>
public sealed record DecisionFilter(int? Year, string? Body, string? Commission, string? Rapporteur, int Page = 1)
{
    /// <summary>No commission name or slug comes near this; a longer value cannot match and is not worth a query.</summary>
    public const int MaxValueLength = 300;

    public const int MinYear = 1900;
    public const int MaxYear = 2999;

    public static DecisionFilter Parse(string? year, string? body, string? commission, string? rapporteur, string? page) =>
        new(ParseYear(year), Text(body), Text(commission), Text(rapporteur), ParsePage(page));

    public bool IsEmpty => Year is null && Body is null && Commission is null && Rapporteur is null;

    /// <summary>The query string of this filter at <paramref name="page"/>: <c>?year=2019&amp;page=2</c>, or empty.</summary>
    public string ToQuery(int page = 1)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Year is { } year)
        {
            pairs.Add(new("year", year.ToString(CultureInfo.InvariantCulture)));
        }

        Add(pairs, "body", Body);
        Add(pairs, "commission", Commission);
        Add(pairs, "rapporteur", Rapporteur);
        if (page > 1)
        {
            pairs.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryString.Create(pairs).ToUriComponent();
    }

    private static void Add(List<KeyValuePair<string, string?>> pairs, string key, string? value)
    {
        if (value is not null)
        {
            pairs.Add(new(key, value));
        }
    }

    private static int? ParseYear(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear ? year : null;

    private static int ParsePage(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 1 ? page : 1;

    private static string? Text(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxValueLength ? null : trimmed;
    }
}
