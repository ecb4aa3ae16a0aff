using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing;

/// <summary>
/// Reads bytes as UTF-8, and decides whether a file that is not strictly UTF-8 is UTF-8 all the
/// same: one overlong sequence or one encoded surrogate in a file of accented words must not turn
/// every accent into « Ã© » by reading the whole file as Windows-1252.
/// </summary>
internal static class Utf8Decoding
{
    /// <param name="IsUtf8">False when the bytes read better as another encoding.</param>
    /// <param name="Repairs">One diagnostic for the invalid sequences replaced, if any.</param>
    public readonly record struct Result(bool IsUtf8, string Text, IReadOnlyList<Diagnostic> Repairs);

    /// <param name="knownUtf8">The file says it is UTF-8 (a byte order mark): never read it as anything else.</param>
    public static Result Decode(ReadOnlySpan<byte> bytes, bool knownUtf8 = false)
    {
        return Utf8.IsValid(bytes) ? new(true, Encoding.UTF8.GetString(bytes), []) : DecodeWithReplacements(bytes, knownUtf8);
    }

    /// <summary>
    /// Replaces each invalid sequence with U+FFFD. The file is taken as UTF-8 when it holds more valid
    /// multi-byte sequences than invalid ones: Windows-1252 text almost never forms a valid one (an
    /// accent followed by a letter is invalid), while a UTF-8 file damaged in a few places holds many.
    /// </summary>
    private static Result DecodeWithReplacements(ReadOnlySpan<byte> bytes, bool knownUtf8)
    {
        var text = new StringBuilder(bytes.Length);
        var (valid, invalid, first) = (0, 0, -1);
        for (var offset = 0; offset < bytes.Length;)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                valid += consumed > 1 ? 1 : 0;
                text.Append(rune.ToString());
            }
            else
            {
                invalid++;
                first = first < 0 ? offset : first;
                text.Append('\uFFFD');
            }

            offset += consumed;
        }

        if (valid <= invalid && !knownUtf8)
        {
            return new(false, "", []);
        }

        var line = bytes[..first].Count((byte)'\n') + 1;
        var message = invalid == 1
            ? $"Une séquence d'octets qui n'est pas de l'UTF-8 valide (ligne {line}) a été remplacée par « \uFFFD » ; le reste du fichier est lu en UTF-8."
            : $"{invalid} séquences d'octets qui ne sont pas de l'UTF-8 valide (la première ligne {line}) ont été remplacées par « \uFFFD » ; le reste du fichier est lu en UTF-8.";
        return new(true, text.ToString(), [new Diagnostic(Severity.Warning, "invalid-utf8", line, message)]);
    }
}
