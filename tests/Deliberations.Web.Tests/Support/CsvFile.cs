using CsvHelper;

namespace Deliberations.Web.Tests.Support;

/// <summary>A CSV export as a client reads it back: its header and its records by column name, parsed by CsvHelper.</summary>
public sealed record CsvFile(HttpResponseMessage Response, byte[] Bytes, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads an export; <paramref name="separator"/> is <c>;</c> for a spreadsheet variant, whose byte order mark is skipped (and kept in <see cref="Bytes"/>).</summary>
    public static async Task<CsvFile> GetAsync(HttpClient client, string url, char separator = ',')
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = bytes.AsSpan().StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
        using var reader = CsvReader.Create(text, CsvReaderOptions.Default with { Separator = separator });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var fields = reader.Current.ToArray();
            rows.Add(reader.Headers.Select((h, i) => (h, v: fields[i])).ToDictionary(x => x.h, x => x.v));
        }

        return new CsvFile(response, bytes, [.. reader.Headers], rows);
    }

    public IEnumerable<string> Column(string name) => Rows.Select(r => r[name]);

    public bool StartsWithByteOrderMark => Bytes.AsSpan().StartsWith(ByteOrderMark);
}
