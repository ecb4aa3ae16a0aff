using System.Globalization;
using Deliberations.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Hosting.Caching;

/// <summary>
/// A value that changes whenever anything commits to the database, whoever commits it: SQLite's
/// <c>PRAGMA data_version</c> on a connection of our own that never writes changes on every commit
/// made through any other connection, in this process (the seed import, a test) or in another one
/// (the <c>import</c> verb on the same file). Reading it costs no disk access (WAL index in shared
/// memory); it is read at most once per <see cref="PageCacheOptions.VersionCheckInterval"/>.
/// </summary>
/// <remarks>
/// SQLite-specific like <c>Data/Sqlite</c>; it lives here while the storage layer is being rewritten
/// and belongs behind <see cref="IDatabaseEngine"/> once that settles.
/// </remarks>
public sealed class DataVersion(IOptions<StorageOptions> storage, IOptions<PageCacheOptions> options, TimeProvider clock) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private string _current = "";
    private long _checkedAt;

    public string Current
    {
        get
        {
            lock (_lock)
            {
                var now = clock.GetTimestamp();
                if (_connection is null || clock.GetElapsedTime(_checkedAt, now) >= options.Value.VersionCheckInterval)
                {
                    _current = Read();
                    _checkedAt = now;
                }

                return _current;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _connection?.Dispose();
        }
    }

    private string Read()
    {
        if (_connection is null)
        {
            // Pooling off: this connection is held for the life of the process, never shared with EF Core.
            var builder = new SqliteConnectionStringBuilder(StorageServices.ConnectionString(storage.Value.Database)) { Pooling = false };
            _connection = new SqliteConnection(builder.ToString());
            _connection.Open();
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}
