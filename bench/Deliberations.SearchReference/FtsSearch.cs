using Deliberations.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace Deliberations.SearchReference;

/// <summary>
/// The full-text query of the site's search page, on a connection of its own, with nothing around
/// it: no EF Core, no page, no HTTP. The SQL and the connection settings are the site's own
/// (<see cref="SqliteEngine.SearchSql"/>, <see cref="SqliteEngine.ConnectionSettings"/>).
/// </summary>
internal sealed class FtsSearch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _match;

    public FtsSearch(string database)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        _connection.Open();
        using (var pragmas = _connection.CreateCommand())
        {
            pragmas.CommandText = SqliteEngine.ConnectionSettings;
            pragmas.ExecuteNonQuery();
        }

        // Prepared once and reused: the best a program without a web stack can do.
        _command = _connection.CreateCommand();
        _command.CommandText = SqliteEngine.SearchSql;
        _match = _command.Parameters.Add("$match", SqliteType.Text);
        _command.Parameters.AddWithValue("$limit", 50);
    }

    /// <summary>Runs one search as the page would type it; returns the number of decisions read, snippets included.</summary>
    public int Run(string query)
    {
        if (FtsQuery.Build(query) is not { } match)
        {
            return 0;
        }

        _match.Value = match;
        using var reader = _command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetString(2);
            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
