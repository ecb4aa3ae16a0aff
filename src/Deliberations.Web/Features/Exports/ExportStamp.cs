using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// Which export files serve a state of the store: the settings they were written with and the state
/// itself. It names the files (<c>presences.{Settings}.{Data}.csv</c>) and is their ETag.
/// </summary>
public sealed record ExportStamp(string Settings, string Data)
{
    /// <summary>This build's module id: a new version of the site, whose exports may differ, writes them again.</summary>
    private static readonly string Build = typeof(ExportStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public override string ToString() => Settings + "." + Data;

    /// <summary>
    /// The stamp of the state of the council <paramref name="db"/> reads, in one step along an index.
    /// Documents are only ever added (a new text or a new version of a decision is a new row) and the
    /// import is the one writer of what the exports show, so the newest current text of the council's
    /// decisions and its hash name the state: a store imported again, restored from a backup or filled
    /// by an older version has another, and a document of another council leaves this one's files as
    /// they are. SQLite's own counters cannot serve: <c>PRAGMA data_version</c>
    /// (<c>Hosting/Caching/DataVersion</c>) lasts as long as one connection, and the file change
    /// counter is not kept in WAL mode.
    /// </summary>
    public static async Task<ExportStamp> ReadAsync(DeliberationsDb db, ExportSettings settings, CancellationToken cancellationToken)
    {
        var newest = await db.Decisions.AsNoTracking()
            .OrderByDescending(d => d.CurrentDocumentId)
            .Select(d => new { Id = d.CurrentDocumentId, d.CurrentDocument!.ContentHash })
            .FirstOrDefaultAsync(cancellationToken);
        var data = Hash(Build, newest?.Id.ToString(CultureInfo.InvariantCulture) ?? "", newest?.ContentHash ?? "");
        return new ExportStamp(settings.Fingerprint, data[..16]);
    }

    /// <summary>Lower-case hex SHA-256 of the parts, one per line: a name for files, not a secret.</summary>
    public static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
}
