using System.Security.Cryptography;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing;

namespace Deliberations.Web.Import;

/// <summary>A file read and parsed, with what the full-text index will hold of it, or the reason it could not be read.</summary>
public sealed record ParsedFile(string Path, string? Hash, ParsedExtract? Extract, string? Error, SearchText? Search = null);

/// <summary>
/// Reads and parses files on the thread pool a few ahead of the writer, in order: parsing is CPU
/// work that would otherwise wait on the database, and the window keeps memory bounded.
/// </summary>
public static class ParsedFiles
{
    public static async IAsyncEnumerable<ParsedFile> ReadAsync(IReadOnlyList<ImportFile> files, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = Math.Max(2, Environment.ProcessorCount * 2);
        var inFlight = new Queue<Task<ParsedFile>>();
        var next = 0;
        while (next < files.Count || inFlight.Count > 0)
        {
            while (next < files.Count && inFlight.Count < window)
            {
                var file = files[next++];
                inFlight.Enqueue(Task.Run(() => Read(file), cancellationToken));
            }

            yield return await inFlight.Dequeue();
        }
    }

    public static ParsedFile Read(ImportFile file)
    {
        var (bytes, error) = file.Error is null ? ExtractBytes.Read(file.Path) : (null, file.Error);
        if (bytes is null)
        {
            return new ParsedFile(file.Path, null, null, error);
        }

        var extract = ExtractParser.Parse(bytes);
        return new ParsedFile(file.Path, Convert.ToHexStringLower(SHA256.HashData(bytes)), extract, null, SearchText.Of(extract));
    }
}
