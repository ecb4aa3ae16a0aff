using System.Text;
using System.Text.RegularExpressions;

namespace Deliberations.Core.Tests.Variants;

/// <summary>Hand-made damage to a real extract: the ways files really arrive from other tools.</summary>
internal static partial class SeedVariants
{
    static SeedVariants() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    public static byte[] WithCrlf(string text) => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal));

    public static byte[] Decomposed(string text) => Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD));

    public static byte[] WithTrailingSpaces(string text) => Encoding.UTF8.GetBytes(string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : l + "  \t")));

    public static byte[] Windows1252(string text) => Encoding.GetEncoding(1252).GetBytes(text);

    /// <summary>What survives a trip through Windows-1252 (characters it lacks become '?').</summary>
    public static string Through1252(string text) => Encoding.GetEncoding(1252).GetString(Encoding.GetEncoding(1252).GetBytes(text));

    /// <summary>
    /// Wraps long prose lines at <paramref name="width"/> columns without blank lines, as a PDF-to-text
    /// tool does; table lines (pipes, tabs) keep their shape because no tool wraps them the same way.
    /// </summary>
    public static string Reflowed(string text, int width = 90)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length <= width || line.Contains('|', StringComparison.Ordinal) || line.Contains('\t', StringComparison.Ordinal))
            {
                sb.Append(line).Append('\n');
                continue;
            }

            var current = new StringBuilder();
            foreach (var word in line.Split(' '))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    sb.Append(current).Append('\n');
                    current.Clear();
                }

                if (current.Length > 0)
                {
                    current.Append(' ');
                }

                current.Append(word);
            }

            sb.Append(current).Append('\n');
        }

        return sb.ToString(0, sb.Length - 1);
    }

    /// <summary>Removes every line whose plain text starts with <paramref name="label"/> (a whole list or section line).</summary>
    public static string WithoutLinesStarting(string text, string label) =>
        string.Join("\n", text.Split('\n').Where(l => !l.Replace("*", "", StringComparison.Ordinal).TrimStart('#', ' ').StartsWith(label, StringComparison.Ordinal)));

    /// <summary>Removes the header above the attendance lists, so only the repeated header is left.</summary>
    public static string WithoutTopHeader(string text)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => AttendanceLabel().IsMatch(l));
        return start < 0 ? text : string.Join("\n", lines[start..]);
    }

    public static string Truncated(string text, double fraction) => text[..(int)(text.Length * fraction)];

    [GeneratedRegex(@"^\W*Pr[ée]sents")]
    private static partial Regex AttendanceLabel();
}
