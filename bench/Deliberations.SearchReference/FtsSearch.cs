using Deliberations.Web.Data;
using Deliberations.Web.Data.Sqlite;
using Deliberations.Web.Features.Search;
using Microsoft.Data.Sqlite;

namespace Deliberations.SearchReference;

/// <summary>
/// The full-text query of the site's search page, on a connection of its own, with nothing around
/// it: no EF Core, no page, no HTTP. The SQL, the completion of the last word, the connection
/// settings and the reading of the hits are the site's own (<see cref="SearchSql.For"/>,
/// <see cref="IndexTerms"/>, <see cref="SqliteEngine.ConnectionSettings"/>, <see cref="SqliteEngine.ReadHits"/>),
/// as is the page size of the search page. The passages are not cut here: the index holds no text.
/// </summary>
internal sealed class FtsSearch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _structure;
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

        _structure = _connection.CreateCommand();
        _structure.CommandText = IndexTerms.StructureSql;
    }

    /// <summary>Runs one search as the page would type it; returns the number of decisions found, up to a page.</summary>
    public int Run(string query)
    {
        var structure = _structure.ExecuteScalar() as byte[];
        if (FtsQuery.Build(query, word => _terms.Complete(structure, word)) is not { } match)
        {
            return 0;
        }

        return SqliteEngine.ReadHits(_connection, SearchSql.For(SearchOrder.Newest, SearchFilter.None), match, SearchFilter.None, 0, IndexModel.PageSize).DecisionIds.Count;
    }

    public void Dispose()
    {
        _structure.Dispose();
        _connection.Dispose();
    }
}
