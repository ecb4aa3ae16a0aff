using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>A sentence-sized piece of what the decision says, with the line it stands on.</summary>
/// <param name="Lead">For a sub-point, its article's lead (<c>Attribue des subventions … aux bénéficiaires suivants :</c>), which says what the points are.</param>
public readonly record struct Passage(string Text, int Line, string? Lead = null);

/// <summary>
/// What the decision itself says, as opposed to the report that argues for it: the title, then each
/// article, its lead and each sub-point apart so that what is found points at its own line and an
/// amount stays with the name it is printed beside.
/// </summary>
public static class DecisionText
{
    public static IEnumerable<Passage> Passages(Header header, OperativePart operative)
    {
        if (!string.IsNullOrWhiteSpace(header.Title))
        {
            yield return new Passage(header.Title, header.TitleLine);
        }

        foreach (var article in operative.Articles)
        {
            if (article.SubPoints.Count == 0)
            {
                yield return new Passage(article.Text, article.Line);
                continue;
            }

            // The article's text repeats its sub-points after the lead; when the first one cannot be
            // found again, the whole text stands as the lead rather than losing what precedes it.
            var first = article.SubPoints[0];
            var at = article.Text.IndexOf($"{first.Label} {first.Text}", StringComparison.Ordinal);
            var lead = at >= 0 ? article.Text[..at].Trim() : article.Text;
            if (lead.Length > 0)
            {
                yield return new Passage(lead, article.Line);
            }

            foreach (var sub in article.SubPoints)
            {
                yield return new Passage(sub.Text, sub.Line, lead.Length > 0 ? lead : null);
            }
        }
    }
}
