using Deliberations.Web.Data;
using Deliberations.Web.Data.Sqlite;
using Deliberations.Web.Features.Search;
using Microsoft.Data.Sqlite;

namespace Deliberations.SearchReference;

/// <summary>
/// The full-text query of the site's search page, on a connection of its own, with nothing around
/// it: no EF Core, no page, no HTTP. The SQL, the completion of the last word and the connection
/// settings are the site's own (<see cref="SqliteEngine.NewestSearchSql"/>, <see cref="IndexTerms"/>,
/// <see cref="SqliteEngine.ConnectionSettings"/>), as are the page size of the search page and the
/// passage cut from each hit (<see cref="SearchSnippet"/>).
/// </summary>
internal sealed class FtsSearch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteCommand _structure;
    private readonly SqliteParameter _match;
    private readonly IndexTerms _terms;

    public FtsSearch(string connectionString, IndexTerms terms)
    {
        _terms = terms;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var pragmas = _connection.CreateCommand())
        {
            pragmas.CommandText = SqliteEngine.ConnectionSettings;
            pragmas.ExecuteNonQuery();
        }

        // Prepared once and reused: the best a program without a web stack can do.
        _structure = _connection.CreateCommand();
        _structure.CommandText = IndexTerms.StructureSql;
        _command = _connection.CreateCommand();
        _command.CommandText = SqliteEngine.NewestSearchSql;
        _match = _command.Parameters.Add("$match", SqliteType.Text);
        _command.Parameters.AddWithValue("$offset", 0);
        _command.Parameters.AddWithValue("$limit", IndexModel.PageSize + 1);
    }

    /// <summary>Runs one search as the page would type it; returns the number of decisions read, snippets included.</summary>
    public int Run(string query)
    {
        var structure = _structure.ExecuteScalar() as byte[];
        if (FtsQuery.Build(query, word => _terms.Complete(structure, word)) is not { } match || FtsQuery.TermsOf(query) is not { } terms)
        {
            return 0;
        }

        // The passages too: FTS5's snippet() made them inside the query until the site moved that
        // work to SearchSnippet, and a reference without it would measure less search than before.
        _match.Value = match;
        using var reader = _command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            // The row past the page only says there is a next one, as on the page.
            if (rows < IndexModel.PageSize)
            {
                _ = SearchSnippet.Build(reader.GetString(2), terms);
            }

            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        _command.Dispose();
        _structure.Dispose();
        _connection.Dispose();
    }
}
