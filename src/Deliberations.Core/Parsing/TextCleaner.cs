using System.Text;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing;

/// <summary>
/// Makes decoded text safe for every later step: line ends to LF, control characters (NUL among
/// them) dropped, and what Unicode forbids in text (lone surrogates, noncharacters such as U+FFFE)
/// replaced with U+FFFD, since normalisation, XML and JSON writers all refuse them. Each kind of
/// change is reported once, with its count and first line.
/// </summary>
internal static class TextCleaner
{
    public static (string Text, IReadOnlyList<Diagnostic> Repairs) Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var line = 1;
        var controls = new Tally();
        var invalid = new Tally();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // CRLF and lone CR (old Mac files) both end a line.
                sb.Append('\n');
                line++;
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n')
            {
                sb.Append(c);
                line++;
            }
            else if (c is '\t' or '\f')
            {
                sb.Append(c);
            }
            else if (char.IsControl(c))
            {
                controls.Add(line);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNoncharacter(scalar))
                {
                    invalid.Add(line);
                    sb.Append('\uFFFD');
                }
                else
                {
                    sb.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                invalid.Add(line);
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(c);
            }
        }

        var repairs = new List<Diagnostic>(2);
        if (controls.Count > 0)
        {
            repairs.Add(new(Severity.Info, "control-characters", controls.First, controls.Count == 1
                ? $"Un caractère de contrôle (NUL ou autre, ligne {controls.First}) a été supprimé."
                : $"{controls.Count} caractères de contrôle (NUL ou autres, le premier ligne {controls.First}) ont été supprimés."));
        }

        if (invalid.Count > 0)
        {
            repairs.Add(new(Severity.Warning, "invalid-characters", invalid.First, invalid.Count == 1
                ? $"Un caractère que l'Unicode interdit dans un texte (ligne {invalid.First}) a été remplacé par « \uFFFD »."
                : $"{invalid.Count} caractères que l'Unicode interdit dans un texte (le premier ligne {invalid.First}) ont été remplacés par « \uFFFD »."));
        }

        return (sb.ToString(), repairs);
    }

    /// <summary>U+FDD0 to U+FDEF, and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…).</summary>
    private static bool IsNoncharacter(int scalar) => scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE;

    private sealed class Tally
    {
        public int Count { get; private set; }

        public int First { get; private set; }

        public void Add(int line)
        {
            First = Count == 0 ? line : First;
            Count++;
        }
    }
}
