namespace Deliberations.Web.Import;

/// <summary>
/// Recognises files that are not text (a scan, a PDF, an office document, an archive) so they are
/// reported rather than stored as an unidentified "text" of mojibake. Stray bad bytes in a text
/// stay text: the parser keeps such a file and says what it could not read.
/// </summary>
public static class BinaryContent
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "document PDF"),
        ([0x89, .. "PNG"u8], "image PNG"),
        ([0xFF, 0xD8, 0xFF], "image JPEG"),
        ("GIF8"u8.ToArray(), "image GIF"),
        ("II*\0"u8.ToArray(), "image TIFF"),
        ("MM\0*"u8.ToArray(), "image TIFF"),
        ("PK\u0003\u0004"u8.ToArray(), "archive ZIP ou document bureautique (Word, OpenDocument) : l'enregistrer en texte"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "document bureautique ancien (.doc, .xls) : l'enregistrer en texte"),
        ("{\\rtf"u8.ToArray(), "document RTF : l'enregistrer en texte"),
        ([0x1F, 0x8B], "archive gzip"),
        ([0x7F, .. "ELF"u8], "programme exécutable"),
    ];

    /// <summary>Bytes looked at for control characters: enough to judge, bounded on large files.</summary>
    private const int Sample = 64 * 1024;

    /// <summary>What kind of non-text file this is, or null for text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return kind;
            }
        }

        // C0 controls other than tab, line ends, form feed and escape never occur in office text,
        // and random bytes hold about one in ten. NUL is left out: UTF-16 text without BOM is full of it.
        var sample = bytes[..Math.Min(bytes.Length, Sample)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b is (>= 0x01 and <= 0x08) or (>= 0x0E and <= 0x1A) or (>= 0x1C and <= 0x1F))
            {
                controls++;
            }
        }

        return controls >= 4 && controls * 50 > sample.Length
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"contenu binaire ({controls} octets de contrôle sur les {sample.Length} premiers)")
            : null;
    }
}
