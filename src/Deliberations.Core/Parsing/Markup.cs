using System.Text;
using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing;

/// <summary>Turns a line of the extracts' mixed Markdown/HTML into plain text.</summary>
public static partial class Markup
{
    /// <summary>
    /// Removes emphasis (<c>**</c>, <c>__</c>), HTML tags, heading marks and list bullets' markup,
    /// folds every kind of space into one plain space and trims. Where emphasis glues two words
    /// (<c>2019**Délibération</c>), a space is put back so the words stay apart.
    /// </summary>
    public static string ToPlain(string line)
    {
        var plain = new StringBuilder(line.Length);
        // Markdown heading marks only count at the start of a line.
        var i = HeadingMarks().Match(line).Length;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if ((c == '*' || c == '_') && i + 1 < line.Length && line[i + 1] == c)
            {
                var next = i + 2 < line.Length ? line[i + 2] : ' ';
                var previous = plain.Length > 0 ? plain[^1] : ' ';
                if (!IsSpace(previous) && !IsSpace(next) && char.IsLetterOrDigit(next) && next != c)
                {
                    plain.Append(' ');
                }

                i++;
                continue;
            }

            if (c == '<' && Tag().Match(line, i) is { Success: true } tag)
            {
                // A line break or a paragraph leaves a space where it stood.
                if (tag.Groups["name"].Value.StartsWith("br", StringComparison.OrdinalIgnoreCase) || tag.Groups["name"].Value.StartsWith("p", StringComparison.OrdinalIgnoreCase))
                {
                    plain.Append(' ');
                }

                i += tag.Length - 1;
                continue;
            }

            if (IsSpace(c))
            {
                if (plain.Length > 0 && plain[^1] != ' ')
                {
                    plain.Append(' ');
                }

                continue;
            }

            plain.Append(c);
        }

        return plain.ToString().TrimEnd(' ');
    }

    /// <summary>Any Unicode space: plain, tab, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009)...</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

    /// <summary>The spaces and <c>#</c> a line starts with, when there is a <c>#</c> among them.</summary>
    [GeneratedRegex(@"^[# ]*#[# ]*")]
    private static partial Regex HeadingMarks();

    /// <summary>
    /// An HTML tag (<c>&lt;b&gt;</c>, <c>&lt;/p&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;span class="x"&gt;</c>) where the match
    /// starts (<c>\G</c>); <c>a &lt; b et c &gt; d</c> holds none. The name and attributes stop at the first
    /// <c>&gt;</c> and at any other <c>&lt;</c>, so a line of a million <c>&lt;</c> is read in linear time.
    /// </summary>
    [GeneratedRegex(@"\G</*(?<name>[A-Za-z][A-Za-z0-9 =""'\-/:.;#]*)>")]
    private static partial Regex Tag();
}
