using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// SQLite's <c>PRAGMA data_version</c> on a connection of our own that never writes: it changes on
/// every commit made through any other connection, in this process (the seed import, a test) or in
/// another one (the <c>import</c> verb on the same file). Reading it costs no disk access (WAL index
/// in shared memory). The value lasts as long as the connection, so the connection is held.
/// </summary>
internal sealed class DataVersionPragma(string connectionString) : IDataVersionSource
{
    private SqliteConnection? _connection;

    public string Read()
    {
        if (_connection is null)
        {
            // Pooling off: this connection is held for the life of the process, never shared with EF Core.
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            _connection.Open();
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    public void Dispose() => _connection?.Dispose();
}
