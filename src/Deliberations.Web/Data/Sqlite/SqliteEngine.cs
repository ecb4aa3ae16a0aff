using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>SQLite: WAL and a busy timeout so imports and page views share the file, FTS5 for search.</summary>
public sealed class SqliteEngine(string connectionString) : IDatabaseEngine
{
    /// <summary>Private-use characters (U+E000, U+E001: <c>char(57344)</c>, <c>char(57345)</c> in SQL) mark the matches in <c>snippet()</c> so the text can be HTML-encoded before they become <c>&lt;mark&gt;</c>.</summary>
    private const string MarkOpen = "\uE000";
    private const string MarkClose = "\uE001";

    /// <summary>
    /// The search query, with <c>$match</c> (from <see cref="FtsQuery.Build"/>) and <c>$limit</c>; shared
    /// with the benchmark that measures FTS5 alone. Column weights: a word in the number or title says
    /// more than one deep in the report. Ordering by FTS5's <c>rank</c> rather than by a <c>bm25()</c>
    /// column builds snippets for the rows returned only. Relevance is computed for the 500 most
    /// recent matches (by rowid, which FTS5 walks backwards without
    /// scoring): a common word matches most of a register, and scoring 19,000 decisions for
    /// "convention" cost 35 ms of CPU per query at 20,000 extracts against 10 ms for 500.
    /// </summary>
    public const string SearchSql = """
        SELECT rowid AS DecisionId, number AS Number,
               snippet(decision_search, -1, char(57344), char(57345), '…', 24) AS Snippet,
               rank AS Rank
        FROM decision_search
        WHERE decision_search MATCH $match AND rank MATCH 'bm25(10.0, 5.0, 1.0, 3.0, 4.0)'
          AND rowid >= coalesce((SELECT rowid FROM decision_search WHERE decision_search MATCH $match
                                 ORDER BY rowid DESC LIMIT 1 OFFSET 499), 0)
        ORDER BY rank
        LIMIT $limit
        """;


    /// <summary>
    /// Run on every connection: WAL and a busy timeout so imports and page views share the file. The
    /// attendance indexes outgrow SQLite's default 2 MB page cache after a few thousand decisions;
    /// a larger cache and memory-mapped reads keep inserts and page queries off the disk. The map is
    /// bounded at 256 MB because mapped pages count in the process's resident memory: at 1 GB, an
    /// import of 20,000 extracts peaked at 982 MiB.
    /// </summary>
    public const string ConnectionSettings = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; "
        + "PRAGMA cache_size=-32768; PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY;";

    public void Configure(DbContextOptionsBuilder options) =>
        options.UseSqlite(connectionString).AddInterceptors(ConnectionPragmas.Instance);

    public async Task IndexAsync(DeliberationsDb db, SearchEntry entry, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM decision_search WHERE rowid = {entry.DecisionId}", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO decision_search(rowid, number, title, body, people, projects) VALUES ({entry.DecisionId}, {entry.Number}, {entry.Title}, {entry.Text}, {entry.People}, {entry.Projects})",
            cancellationToken);
    }

    public async Task<IAsyncDisposable> BeginSnapshotAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);

        // Deferred: BEGIN alone is a read transaction, which in WAL mode keeps the snapshot of its
        // first read. BeginTransaction's default, BEGIN IMMEDIATE, would take the write lock and
        // queue every page behind an import's batch.
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new Snapshot(db, transaction);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(DeliberationsDb db, string query, int limit, CancellationToken cancellationToken)
    {
        if (FtsQuery.Build(query) is not { } match)
        {
            return [];
        }

        var rows = await db.Database.SqlQueryRaw<RawHit>(
            SearchSql,
            new SqliteParameter("$match", match),
            new SqliteParameter("$limit", limit)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(r.DecisionId, r.Number, Highlight(r.Snippet), r.Rank))];
    }

    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(MarkOpen, "<mark>", StringComparison.Ordinal).Replace(MarkClose, "</mark>", StringComparison.Ordinal);

    private sealed class Snapshot(DeliberationsDb db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record RawHit(int DecisionId, string Number, string Snippet, double Rank);

    private sealed class ConnectionPragmas : DbConnectionInterceptor
    {
        public static readonly ConnectionPragmas Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = ConnectionSettings;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionSettings;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
