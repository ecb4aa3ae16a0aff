using Deliberations.Core.Parsing;

namespace Deliberations.Web.Data;

/// <summary>
/// The body of a decision as the full-text index reads it: the report's plain text, then each
/// article of the operative part. Made the same way at import, for the index, and when a search
/// result shows its passage, so the words marked are the words found.
/// </summary>
public static class SearchBody
{
    public static string Of(string report, IEnumerable<(string Number, string Text)> articles) =>
        string.Join('\n', Markup.ToPlain(report), string.Join('\n', articles.Select(x => $"{x.Number} {x.Text}")));
}
