using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// Every word of the full-text index, sorted, in memory, so the word being typed can be completed
/// to the index's own words (<see cref="FtsQuery.Build"/>) without FTS5 merging every matching
/// word's list. The list belongs to one state of the index, identified by FTS5's structure record,
/// which changes with every write to the index; a search made against another state gets no
/// completions (FTS5's prefix matching, slower but never stale) and starts a reload in the background,
/// because reading the words through <c>fts5vocab</c> walks the whole index (0.85 s at 20,000 decisions).
/// </summary>
public sealed class IndexTerms(string connectionString) : IAsyncDisposable
{
    /// <summary>The FTS5 structure record (<c>FTS5_STRUCTURE_ROWID</c>): which segments the index is made of.</summary>
    public const string StructureSql = "SELECT block FROM decision_search_data WHERE id = 10";

    /// <summary>More words than this for one prefix ("a", "co"): FTS5's prefix merge costs no more than such an OR.</summary>
    public const int MaxCompletions = 24;

    private Snapshot? _snapshot;
    private int _loading;
    private Task _load = Task.CompletedTask;

    /// <summary>
    /// The index's words that begin with <paramref name="folded"/>, when the words of the index in
    /// state <paramref name="structure"/> are known and there are at most <see cref="MaxCompletions"/>; otherwise null.
    /// </summary>
    public IReadOnlyList<string>? Complete(byte[]? structure, string folded)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is null || !snapshot.Structure.AsSpan().SequenceEqual(structure))
        {
            StartLoading();
            return null;
        }

        var words = snapshot.Words;
        var at = Array.BinarySearch(words, folded, StringComparer.Ordinal);
        var first = at >= 0 ? at : ~at;
        var end = first;
        while (end < words.Length && words[end].StartsWith(folded, StringComparison.Ordinal))
        {
            if (end - first == MaxCompletions)
            {
                return null;
            }

            end++;
        }

        return words[first..end];
    }

    /// <summary>Reads the words now, on the caller's thread: for programs that need them before their first search.</summary>
    public void Load() => Volatile.Write(ref _snapshot, Read());

    /// <summary>Waits for a reading under way: its connection must be closed before the host (or a test) lets go of the file.</summary>
    public ValueTask DisposeAsync() => new(Volatile.Read(ref _load));

    private void StartLoading()
    {
        if (Interlocked.Exchange(ref _loading, 1) == 1)
        {
            return;
        }

        Volatile.Write(ref _load, Task.Run(() =>
        {
            try
            {
                Load();
            }
            catch (SqliteException)
            {
                // The completions are an optimisation: without them every search still runs, on FTS5's prefixes.
            }
            finally
            {
                Volatile.Write(ref _loading, 0);
            }
        }));
    }

    private Snapshot Read()
    {
        // A connection of its own, never pooled: the fts5vocab table is a temporary object of it.
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE VIRTUAL TABLE temp.index_words USING fts5vocab(main, decision_search, row)";
        command.ExecuteNonQuery();

        // One read transaction: the words and the structure they are filed under are of one state.
        using var transaction = connection.BeginTransaction(deferred: true);
        command.Transaction = transaction;
        command.CommandText = StructureSql;
        var structure = command.ExecuteScalar() as byte[] ?? [];
        command.CommandText = "SELECT term FROM temp.index_words";
        var words = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                words.Add(reader.GetString(0));
            }
        }

        return new Snapshot(structure, [.. words.Order(StringComparer.Ordinal)]);
    }

    private sealed record Snapshot(byte[] Structure, string[] Words);
}
