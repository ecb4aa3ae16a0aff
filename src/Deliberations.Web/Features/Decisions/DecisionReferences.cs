using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Decisions;

/// <summary>
/// Finds the decisions a text cites (<c>délibération n° 2017-1976 du 10 juillet 2017</c>,
/// <c>délibération du Conseil n° 2018-2953</c>) and links those the site holds.
/// </summary>
public static partial class DecisionReferences
{
    // Quoted from the registers: "délibération [du Conseil | de la Commission permanente] n° [CP-]2018-2953".
    [GeneratedRegex(
        @"\bdélibérations?(?:\s+(?:du|de\s+la)\s+(?:Conseil|Commission\s+permanente|Bureau)(?:\s+de\s+la\s+Métropole)?)?\s+n\s?[°º]\s*(?<number>(?:[A-Z]{1,4}-)?\d{4}-\d{1,5})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 500)]
    private static partial Regex Pattern();

    /// <summary>The numbers cited in <paramref name="text"/> (Markdown or plain).</summary>
    public static HashSet<string> Find(string text)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (Match match in Pattern().Matches(text))
            {
                numbers.Add(Number(match));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text loses its links, never its page.
        }

        return numbers;
    }

    /// <summary>
    /// Turns each citation of a stored decision into a link, inside text nodes only: the link is built as
    /// an element whose text is the citation, so nothing of the document's text is ever read as markup.
    /// </summary>
    public static void Link(INode root, IReadOnlySet<string> stored)
    {
        if (stored.Count == 0)
        {
            return;
        }

        var texts = root.Descendants<IText>().Where(t => t.ParentElement?.Closest("a") is null).ToList();
        foreach (var text in texts)
        {
            LinkText(text, stored);
        }
    }

    private static void LinkText(IText text, IReadOnlySet<string> stored)
    {
        List<Match> matches;
        try
        {
            matches = [.. Pattern().Matches(text.Data).Where(m => stored.Contains(Number(m)))];
        }
        catch (RegexMatchTimeoutException)
        {
            return;
        }

        if (matches.Count == 0 || text.Parent is not { } parent || text.Owner is not { } document)
        {
            return;
        }

        var data = text.Data;
        var fragment = document.CreateDocumentFragment();
        var last = 0;
        foreach (var match in matches)
        {
            fragment.AppendChild(document.CreateTextNode(data[last..match.Index]));
            var link = document.CreateElement("a");
            link.SetAttribute("href", Routes.Decision(Number(match)));
            link.TextContent = match.Value;
            fragment.AppendChild(link);
            last = match.Index + match.Length;
        }

        fragment.AppendChild(document.CreateTextNode(data[last..]));
        parent.ReplaceChild(fragment, text);
    }

    private static string Number(Match match) => match.Groups["number"].Value.ToUpperInvariant();
}
