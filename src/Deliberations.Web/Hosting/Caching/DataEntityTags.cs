using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Deliberations.Web.Hosting.Caching;

/// <summary>
/// The entity tags of the answers that only the store's content and the URL decide (pages, API, exports,
/// feeds), computed from <see cref="DataVersion"/> and the request alone: a conditional request is
/// answered before any query runs, whether the page cache is on or off. Data changes only by import,
/// and every import changes the version; like the page cache, a tag may lag an import made by another
/// process by <see cref="PageCacheOptions.VersionCheckInterval"/>.
/// </summary>
/// <remarks>
/// Weak tags: the same content goes out compressed or not (Accept-Encoding), byte-different but
/// equivalent, and the tag does not tell them apart.
/// </remarks>
public sealed class DataEntityTags(DataVersion version)
{
    /// <summary>
    /// Drawn at start. PRAGMA data_version counts the commits one connection has seen, so it starts over
    /// with the process: the same number may then stand for other data (an import run while the site was
    /// stopped), and a new release may render the same data differently.
    /// </summary>
    private readonly string _run = Guid.NewGuid().ToString("N");

    /// <summary>Read before the answer's queries, so a tag never names data newer than what the answer shows.</summary>
    public EntityTagHeaderValue For(HttpRequest request)
    {
        var key = $"{_run}\n{version.Current}\n{request.PathBase}{request.Path}{request.QueryString}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"", isWeak: true);
    }
}
