using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Deliberations.Web.Data;

/// <summary>
/// Stores a long text (a document's source) compressed: the sources were a third of the store, and
/// French prose compresses threefold. Brotli at its fastest quality compresses an extract in a tenth
/// of a millisecond, on the import's one writing thread: quality 5 cost 4 s more per 20,000
/// extracts (over the import's 50 s figure) for a store 10 MB smaller, and the higher qualities
/// ten to a hundred times more for 10 % less.
/// A compressed value starts with <see cref="Marker"/>, a byte that never begins UTF-8 text, so
/// texts written uncompressed by earlier versions still read as they are.
/// </summary>
public static class CompressedText
{
    public const byte Marker = 0xFF;

    private const int Quality = 1;

    private const int Window = 22;

    public static readonly ValueConverter<string, byte[]> Converter = new(text => Compress(text), bytes => Decompress(bytes));

    public static byte[] Compress(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var compressed = new byte[1 + BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        compressed[0] = Marker;
        if (!BrotliEncoder.TryCompress(utf8, compressed.AsSpan(1), out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress within its own bound.");
        }

        return compressed[..(1 + written)];
    }

    public static string Decompress(byte[] stored)
    {
        if (stored is not [Marker, ..])
        {
            return Encoding.UTF8.GetString(stored);
        }

        // Not through a StreamReader, which would take a text's leading U+FEFF for a byte order mark.
        using var brotli = new BrotliStream(new MemoryStream(stored, 1, stored.Length - 1, writable: false), CompressionMode.Decompress);
        using var utf8 = new MemoryStream(stored.Length * 4);
        brotli.CopyTo(utf8);
        return Encoding.UTF8.GetString(utf8.GetBuffer(), 0, (int)utf8.Length);
    }
}
