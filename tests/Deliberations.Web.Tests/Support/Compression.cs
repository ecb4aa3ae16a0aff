using System.IO.Compression;
using System.Text;

namespace Deliberations.Web.Tests.Support;

/// <summary>Reads a compressed answer as the client that asked for it would: the test clients never decompress on their own.</summary>
public static class Compression
{
    public static async Task<string> DecompressAsync(HttpResponseMessage response)
    {
        var encoding = Assert.Single(response.Content.Headers.ContentEncoding);
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decompressed = encoding switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => throw new InvalidOperationException($"Unexpected Content-Encoding {encoding}"),
        };
        using var reader = new StreamReader(decompressed, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
