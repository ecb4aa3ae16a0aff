namespace Deliberations.Web.Features.Decisions;

/// <summary>Splits an article's text into its lead and its lettered points (<c>a) …, b) …</c>), as the register lays them out.</summary>
public static class ArticleText
{
    /// <summary>Points are recognised only as a run <c>a)</c>, <c>b)</c>, … of at least two, each starting a word.</summary>
    public static (string Lead, IReadOnlyList<string> Points) Split(string text)
    {
        var starts = new List<int>();
        var from = 0;
        for (var label = 'a'; label <= 'z'; label++)
        {
            var at = IndexOfLabel(text, label, from);
            if (at < 0)
            {
                break;
            }

            starts.Add(at);
            from = at + 3;
        }

        if (starts.Count < 2)
        {
            return (text, []);
        }

        var points = new List<string>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            points.Add(text[starts[i]..end].Trim());
        }

        return (text[..starts[0]].Trim(), points);
    }

    private static int IndexOfLabel(string text, char label, int from)
    {
        var marker = label + ") ";
        for (var at = text.IndexOf(marker, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || char.IsWhiteSpace(text[at - 1]))
            {
                return at;
            }
        }

        return -1;
    }
}
