using Deliberations.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Tests.Data;

public sealed class IndexTermsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"index-terms-{Guid.NewGuid():N}.db");
    private readonly SqliteConnection _connection;

    public IndexTermsTests()
    {
        _connection = new SqliteConnection($"Data Source={_path}");
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE decision_search USING fts5(number, title, body, people, projects, tokenize = 'unicode61 remove_diacritics 2')");
        Add(1, "Subvention à l'association Énergie partagée");
        Add(2, "Deux associations et un associé");
    }

    [Fact]
    public void The_words_of_the_index_complete_a_prefix_once_read()
    {
        var terms = new IndexTerms($"Data Source={_path}");
        terms.Load();

        Assert.Equal(["association", "associations", "associe"], terms.Complete(Structure(), "associ")!.Order(StringComparer.Ordinal));
        Assert.Equal(["energie"], terms.Complete(Structure(), "ener"));
        Assert.Empty(terms.Complete(Structure(), "zorglub")!);
    }

    [Fact]
    public void After_a_write_to_the_index_the_old_words_are_not_used()
    {
        var terms = new IndexTerms($"Data Source={_path}");
        terms.Load();

        Add(3, "Association nouvelle : assolement");

        Assert.Null(terms.Complete(Structure(), "asso"));
        terms.Load();
        Assert.Contains("assolement", terms.Complete(Structure(), "asso")!);
    }

    [Fact]
    public void A_prefix_of_too_many_words_is_left_to_FTS5()
    {
        Add(4, string.Join(' ', Enumerable.Range(0, IndexTerms.MaxCompletions + 1).Select(i => $"mot{i}")));
        var terms = new IndexTerms($"Data Source={_path}");
        terms.Load();

        Assert.Null(terms.Complete(Structure(), "mot"));
        Assert.Single(terms.Complete(Structure(), "mot10")!);
    }

    [Fact]
    public void Completed_and_prefix_queries_find_the_same_rows()
    {
        Add(5, "Asso, assos, ASSOCIATIF, associatives");
        var terms = new IndexTerms($"Data Source={_path}");
        terms.Load();

        foreach (var query in new[] { "asso", "subvention associ", "partag", "energie as" })
        {
            Assert.Equal(Rows(FtsQuery.Build(query)!), Rows(FtsQuery.Build(query, word => terms.Complete(Structure(), word))!));
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private byte[]? Structure()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = IndexTerms.StructureSql;
        return command.ExecuteScalar() as byte[];
    }

    private List<long> Rows(string match)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM decision_search WHERE decision_search MATCH $match ORDER BY rowid";
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        var rows = new List<long>();
        while (reader.Read())
        {
            rows.Add(reader.GetInt64(0));
        }

        return rows;
    }

    private void Add(int id, string body)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO decision_search(rowid, number, title, body, people, projects) VALUES ($id, '', '', $body, '', '')";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$body", body);
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
