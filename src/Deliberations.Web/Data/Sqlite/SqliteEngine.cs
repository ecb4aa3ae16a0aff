using System.Data.Common;
using System.Runtime.CompilerServices;
using Deliberations.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>SQLite: WAL and a busy timeout so imports and page views share the file, FTS5 for search.</summary>
public sealed class SqliteEngine : IDatabaseEngine, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly IndexTerms _terms;
    private readonly PooledDbContextFactory<SqliteStore> _contexts;

    public SqliteEngine(string connectionString, IReadOnlyList<IInterceptor>? interceptors = null)
    {
        _connectionString = connectionString;
        _terms = new(connectionString);
        _path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var options = new DbContextOptionsBuilder<SqliteStore>();
        Configure(options);
        options.AddInterceptors(interceptors ?? []);

        // Pooled: building a context's options on every request was a visible part of an uncached page.
        _contexts = new PooledDbContextFactory<SqliteStore>(options.Options);
    }

    /// <summary>
    /// Run on every connection: WAL and a busy timeout so imports and page views share the file;
    /// memory-mapped reads keep page queries off the disk. The map is bounded at 256 MB because
    /// mapped pages count in the process's resident memory: at 1 GB, an import of 20,000 extracts
    /// peaked at 982 MiB. The page cache stays SQLite's default (2 MB) here: each pooled connection
    /// keeps its own, and at 32 MB each, 64 clients at once took the site from 0.5 to 3.1 GB. The
    /// import asks for more on its one connection (<see cref="ImportCacheSize"/>). Sorts larger
    /// than the cache spill to temporary files (SQLite's default): kept in memory, building the
    /// attendance index and counting the sittings' figures at the end of an import of 200,000
    /// extracts took 1.9 GB.
    /// </summary>
    public const string ConnectionSettings = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; "
        + "PRAGMA mmap_size=268435456;";

    /// <summary>
    /// The import's page cache: the attendance indexes outgrow the default 2 MB after a few
    /// thousand decisions, and every row written then read its index pages from the disk again.
    /// </summary>
    public const string ImportCacheSize = "PRAGMA cache_size=-32768";

    /// <summary>
    /// Pages the WAL may hold during an import before SQLite copies it into the file (1,000 by
    /// default). Every batch rewrites the same index pages; each checkpoint wrote them to the file
    /// again, so a bulk import wrote 2.4 GB for a 0.9 GB store. 64 MB of WAL is copied at most once.
    /// </summary>
    private const int CheckpointPages = 16_384;

    private readonly string _path;

    /// <summary>The connection string of the SQLite file at <paramref name="path"/> (relative to the working directory); its folder is created.</summary>
    public static string ConnectionString(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder { DataSource = full, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
    }

    public ValueTask DisposeAsync() => _terms.DisposeAsync();

    public string DefaultExportFolder => _path + ".exports";

    public DeliberationsDb CreateContext() => _contexts.CreateDbContext();

    public IPreparedStatement Prepare(DeliberationsDb db, string sql) =>
        new Statement((db.Database.GetDbConnection() as SqliteConnection)?.Handle ?? throw new InvalidOperationException("The import's connection is not an open SQLite connection."), sql);

    public IRowsWriter PrepareRows(DeliberationsDb db, IReadOnlyList<IProperty> columns) => new MultiRowInsert(sql => Prepare(db, sql), columns);

    /// <summary>
    /// A larger page cache (<see cref="ImportCacheSize"/>), and <see cref="CheckpointPages"/> pages of
    /// WAL before SQLite copies it into the file. Filling an empty store, references are checked once
    /// at the end (<see cref="BrokenReferencesAsync"/>) rather than row by row: every attendance row
    /// looked its decision and both its officials up, 8 s of a 58 s import of 20,000 extracts, for
    /// keys the importer had just read back from the store; the check of the whole store after takes
    /// half a second (it grows with the store, so an import into a full one checks row by row). All
    /// set back after.
    /// </summary>
    public async Task<IAsyncDisposable> BeginBulkLoadAsync(DeliberationsDb db, bool filling, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync($"PRAGMA wal_autocheckpoint={CheckpointPages}; {ImportCacheSize}", cancellationToken);
        if (filling)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys=OFF", cancellationToken);
        }

        return new OnDispose(() => db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint=1000; PRAGMA cache_size=-2000; PRAGMA foreign_keys=ON", CancellationToken.None));
    }

    public async Task<string?> BrokenReferencesAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        var tables = await db.Database.SqlQuery<string>($"SELECT DISTINCT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync(cancellationToken);
        return tables.Count == 0 ? null : string.Join(", ", tables);
    }

    public async Task<bool> HasIndexAsync(DeliberationsDb db, string name, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = {name}").SingleAsync(cancellationToken) > 0;

    public IDataVersionSource OpenDataVersion() => new DataVersionPragma(_connectionString);

    public string? StorageFailure(Exception exception) => SqliteFaults.Describe(exception, _path);

    public IDisposable? TryLockForImport() => ImportLock.TryAcquire(_path);

    /// <summary>
    /// Every row, not a sample: with <c>analysis_limit=1000</c> SQLite counted the rows per key in the
    /// first thousand of each index only, and estimated the busiest official's 80,000 lines and 5,600
    /// proxies alike at 1,001. It then read the proxies he gave along the index of all his lines:
    /// 374 ms at 200,000 extracts against 5. A full pass takes 7 s there (once per import that
    /// changed something), and the plans no longer depend on which rows came first.
    /// </summary>
    public Task RefreshStatisticsAsync(DeliberationsDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=0; ANALYZE;", cancellationToken);

    /// <summary>
    /// <c>VACUUM INTO</c> writes the store as one read transaction sees it: consistent whatever an
    /// import commits meanwhile (in WAL mode it blocks no writer), the last commits included where a
    /// copy of the file alone would miss what is still in the WAL. Written beside the destination and
    /// renamed, so a stopped backup never leaves a file that looks whole.
    /// </summary>
    public async Task BackupAsync(string destination, CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            // Opened, the missing store would be made empty and copied as if all were well.
            throw new FileNotFoundException("No store to back up.", _path);
        }

        var partial = destination + ".partiel";
        File.Delete(partial);
        await using (var connection = new SqliteConnection(_connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $destination";
            vacuum.Parameters.AddWithValue("$destination", partial);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        // The copy is written in rollback mode; the served store is in WAL mode, and a restored copy should be too.
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await copy.OpenAsync(cancellationToken);
            await using var wal = copy.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        File.Move(partial, destination);
    }

    /// <summary>
    /// A list of values in a query (<c>ids.Contains(d.Id)</c>) goes as one JSON parameter read by
    /// <c>json_each</c>. EF Core 10's default, one SQL parameter per value, makes the SQL depend on
    /// the count, and EF Core rewrote and re-checked it on every search (5 % of the page's CPU in a
    /// profile); one parameter keeps one statement per query.
    /// </summary>
    public void Configure(DbContextOptionsBuilder options) =>
        options.UseSqlite(_connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(ConnectionPragmas.Instance);

    /// <summary>
    /// Two commands prepared once for the whole batch, their parameters set for each entry: through
    /// EF Core's raw SQL each entry built, parsed and prepared two statements, 20,000 times in an
    /// import of 20,000 extracts.
    /// </summary>
    public async Task IndexAsync(DeliberationsDb db, IReadOnlyCollection<SearchEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM decision_search WHERE rowid = $id";
        var deleted = delete.Parameters.Add("$id", SqliteType.Integer);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO decision_search(rowid, number, title, body, people, projects) VALUES ($id, $number, $title, $body, $people, $projects)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var number = insert.Parameters.Add("$number", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var people = insert.Parameters.Add("$people", SqliteType.Text);
        var projects = insert.Parameters.Add("$projects", SqliteType.Text);
        foreach (var entry in entries)
        {
            deleted.Value = entry.DecisionId;
            await delete.ExecuteNonQueryAsync(cancellationToken);
            (id.Value, number.Value, title.Value, body.Value, people.Value, projects.Value) = (entry.DecisionId, entry.Number, entry.Title, entry.Text, entry.People, entry.Projects);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
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

    public async Task<SearchHits> SearchAsync(DeliberationsDb db, SearchRequest request, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // On EF Core's connection and in its transaction, so the read snapshot of the request holds;
            // a raw query needs nothing of EF Core's materialisation.
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = IndexTerms.StructureSql;
            var structure = await command.ExecuteScalarAsync(cancellationToken) as byte[];
            var connection = (SqliteConnection)command.Connection!;
            if (Match(request.Query) is not { } match)
            {
                return SearchHits.None;
            }

            var byFallback = false;
            if (request.Fallback is not null && Match(request.Fallback) is { } fallback && !Any(connection, match.Expression))
            {
                (match, byFallback) = (fallback, true);
            }

            var filter = request.Filter with { Council = db.Council };
            var hits = ReadHits(connection, SearchSql.For(request.Order, filter), match.Expression, filter, request.Offset, request.Limit);
            return hits with { Terms = match.Terms, ByFallback = byFallback };

            (string Expression, HighlightTerms Terms)? Match(string query) =>
                FtsQuery.Build(query, word => _terms.Complete(structure, word)) is { } expression && SearchWords.TermsOf(query) is { } terms ? (expression, terms) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Every official: SQLite has no index of words near a word, and one machine's councils have a
    /// few thousand officials, which the caller's rule reads through in a few milliseconds.
    /// </summary>
    public IQueryable<Official> NearNames(DeliberationsDb db, IQueryable<Official> officials, IReadOnlyList<string> words) => officials;

    /// <summary>
    /// Runs <paramref name="sql"/> (<see cref="SearchSql.For"/>) on the connection, in its
    /// transaction. Shared with the benchmark that measures FTS5 alone.
    /// </summary>
    public static SearchHits ReadHits(SqliteConnection connection, string sql, string match, SearchFilter filter, int offset, int limit)
    {
        using var query = new Statement(connection.Handle!, sql);
        query.Bind("$match", match);
        query.Bind("$offset", offset);
        if (filter.Year is { } year)
        {
            query.Bind("$from", new DateOnly(year, 1, 1));
            query.Bind("$to", new DateOnly(year + 1, 1, 1));
        }

        if (filter.Body is { } body)
        {
            query.Bind("$body", body);
        }

        if (filter.Council is { } council)
        {
            query.Bind("$council", council);
        }

        // One row past the page says whether there is a next one.
        query.Bind("$limit", limit + 1);
        var ids = new List<int>(limit);
        while (query.Read())
        {
            if (ids.Count == limit)
            {
                return new SearchHits(ids, true, null);
            }

            ids.Add(query.Int(0));
        }

        return new SearchHits(ids, false, null);
    }

    private static bool Any(SqliteConnection connection, string match)
    {
        using var query = new Statement(connection.Handle!, SearchSql.AnySql);
        query.Bind("$match", match);
        return query.Read();
    }

    private sealed class Snapshot(DeliberationsDb db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Applies <see cref="ConnectionSettings"/> once per SQLite connection. Microsoft.Data.Sqlite
    /// pools connections and every page request opens one from the pool: the settings, which a
    /// connection keeps, were parsed and run again on each request (seven statements).
    /// </summary>
    private sealed class ConnectionPragmas : DbConnectionInterceptor
    {
        public static readonly ConnectionPragmas Instance = new();

        private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (IsNew(connection, out var handle))
            {
                using var command = connection.CreateCommand();
                command.CommandText = SettingsFor(connection);
                command.ExecuteNonQuery();
                Configured.AddOrUpdate(handle, Instance);
            }
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (IsNew(connection, out var handle))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = SettingsFor(connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
                Configured.AddOrUpdate(handle, Instance);
            }
        }

        /// <summary>
        /// A read-only connection (EF Core opens one to ask whether the store exists) cannot turn a
        /// store to WAL: on a store still in rollback mode (a copy restored from a backup, a store
        /// made by another tool) the setting failed and the site did not start.
        /// </summary>
        private static string SettingsFor(DbConnection connection) =>
            new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly
                ? ConnectionSettings.Replace("PRAGMA journal_mode=WAL; ", "", StringComparison.Ordinal)
                : ConnectionSettings;

        private static bool IsNew(DbConnection connection, out sqlite3 handle)
        {
            handle = ((SqliteConnection)connection).Handle!;
            return !Configured.TryGetValue(handle, out _);
        }
    }
}
