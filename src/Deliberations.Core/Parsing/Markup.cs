using System.Text;

namespace Deliberations.Core.Parsing;

/// <summary>Turns a line of the extracts' mixed Markdown/HTML into plain text.</summary>
public static class Markup
{
    /// <summary>
    /// Removes emphasis (<c>**</c>, <c>__</c>), HTML tags, heading marks and list bullets' markup,
    /// folds every kind of space into one plain space and trims. Where emphasis glues two words
    /// (<c>2019**Délibération</c>), a space is put back so the words stay apart.
    /// </summary>
    public static string ToPlain(string line)
    {
        if (IsAlreadyPlain(line))
        {
            // Most lines of a register are prose with nothing to remove: no need for a copy.
            return line;
        }

        var sb = new StringBuilder(line.Length);
        var i = 0;
        // Markdown heading marks only count at the start of a line.
        while (i < line.Length && (line[i] == '#' || line[i] == ' '))
        {
            i++;
        }

        if (i == 0 || !line[..i].Contains('#', StringComparison.Ordinal))
        {
            i = 0;
        }

        // The '>' that closes a tag, found once and reused: searching again from every '<' made a
        // megabyte line of '<' quadratic (minutes of parsing for one line).
        var nextClose = 0;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if ((c == '*' || c == '_') && i + 1 < line.Length && line[i + 1] == c)
            {
                var next = i + 2 < line.Length ? line[i + 2] : ' ';
                var previous = sb.Length > 0 ? sb[^1] : ' ';
                if (!IsSpace(previous) && !IsSpace(next) && char.IsLetterOrDigit(next) && next != c)
                {
                    sb.Append(' ');
                }

                i++;
                continue;
            }

            if (c == '<')
            {
                if (nextClose >= 0 && nextClose <= i)
                {
                    nextClose = line.IndexOf('>', i + 1);
                }

                var close = nextClose;
                if (close > i && IsTag(line.AsSpan(i + 1, close - i - 1)))
                {
                    var tag = line.AsSpan(i + 1, close - i - 1).TrimStart('/');
                    if (tag.StartsWith("br", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("p", StringComparison.OrdinalIgnoreCase))
                    {
                        sb.Append(' ');
                    }

                    i = close;
                    continue;
                }
            }

            if (IsSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                continue;
            }

            sb.Append(c);
        }

        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static bool IsAlreadyPlain(string line)
    {
        if (line.Length > 0 && (line[0] is '#' || IsSpace(line[0]) || IsSpace(line[^1])))
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in line)
        {
            if (c is '*' or '_' or '<')
            {
                return false;
            }

            var space = IsSpace(c);
            if (space && (c != ' ' || previousSpace))
            {
                return false;
            }

            previousSpace = space;
        }

        return true;
    }

    /// <summary>Any Unicode space: plain, tab, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009)...</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

    private static bool IsTag(ReadOnlySpan<char> inside)
    {
        inside = inside.TrimStart('/');
        if (inside.IsEmpty || !char.IsAsciiLetter(inside[0]))
        {
            return false;
        }

        foreach (var ch in inside)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '=' or '"' or '\'' or '-' or '/' or ':' or '.' or ';' or '#'))
            {
                return false;
            }
        }

        return true;
    }
}
