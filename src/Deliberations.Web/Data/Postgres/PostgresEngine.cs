using System.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Deliberations.Web.Data.Postgres;

/// <summary>
/// PostgreSQL, for registers larger than one machine's file or served by several web nodes: French
/// full-text search in a stored <c>tsvector</c> (<see cref="PostgresSearch"/>), one read-only
/// <c>REPEATABLE READ</c> transaction per page, the import's lock as an advisory lock.
/// </summary>
public sealed class PostgresEngine : IDatabaseEngine
{
    /// <summary>The advisory lock an import holds on the database: any number, the same for every process.</summary>
    private const long ImportLockKey = 0x44_65_6C_69_62; // "Delib"

    private readonly string _connectionString;
    private readonly string _shown;
    private readonly string _database;
    private readonly PooledDbContextFactory<PostgresStore> _contexts;

    public PostgresEngine(string connectionString, IReadOnlyList<IInterceptor>? interceptors = null)
    {
        connectionString = WithSettings(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _connectionString = connectionString;
        _database = builder.Database ?? builder.Username ?? "postgres";
        _shown = $"{_database}@{builder.Host}";
        var options = new DbContextOptionsBuilder<PostgresStore>();
        Configure(options, connectionString);
        options.AddInterceptors(interceptors ?? []);
        _contexts = new PooledDbContextFactory<PostgresStore>(options.Options);
    }

    /// <summary>
    /// The connection string the engine connects with: the store is read from memory or an SSD, and at
    /// PostgreSQL's default random_page_cost (4, for spinning disks) the planner scanned the 20,000
    /// decisions rather than make 700 index probes (an official's proxy lists: 12 ms instead of 2).
    /// 1.1 is the usual setting for such storage. The trigram threshold is <see cref="NearNameThreshold"/>'s.
    /// An operator's own <c>-c</c> option in the connection string comes after these and wins.
    /// </summary>
    public static string WithSettings(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"-c random_page_cost=1.1 -c pg_trgm.word_similarity_threshold={NearNameThreshold} {builder.Options}".TrimEnd();
        return builder.ConnectionString;
    }

    /// <summary>
    /// pg_trgm's <c>word_similarity_threshold</c>: at its default, 0.6, a word of 4 letters with one
    /// slip, which may share only a fifth of its trigrams with the name, was not near it. Low enough
    /// that a slip never hides a name (see <see cref="NearNames"/>); the caller's rule reads the rest.
    /// </summary>
    private const string NearNameThreshold = "0.15";

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).ReplaceService<IQuerySqlGeneratorFactory, NullsLowSqlGeneratorFactory>().AddInterceptors(NulFreeText.Instance);

    public string DefaultExportFolder => Path.Combine("data", $"{_database}.exports");

    public DeliberationsDb CreateContext() => _contexts.CreateDbContext();

    public IPreparedStatement Prepare(DeliberationsDb db, string sql) => new PostgresStatement((NpgsqlConnection)db.Database.GetDbConnection(), sql);

    public IRowsWriter PrepareRows(DeliberationsDb db, IReadOnlyList<IProperty> columns) => new PostgresRows((NpgsqlConnection)db.Database.GetDbConnection(), columns);

    /// <summary>
    /// Commits of the import's batches do not wait for the disk: a crash loses at most the batches
    /// of its last moments, never part of one, and the next import stores them again.
    /// </summary>
    public async Task<IAsyncDisposable> BeginBulkLoadAsync(DeliberationsDb db, bool filling, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("SET synchronous_commit = off", cancellationToken);
        return new OnDispose(async () =>
        {
            // A connection the server broke (its disk full) has no session left to set back; EF Core would
            // open another to say it, which failed in turn ("could not write init file") and hid the fault.
            if (db.Database.GetDbConnection().State == ConnectionState.Open)
            {
                await db.Database.ExecuteSqlRawAsync("RESET synchronous_commit", CancellationToken.None);
            }
        });
    }

    /// <summary>None: PostgreSQL checks every reference as its row is written, in bulk loads too.</summary>
    public Task<string?> BrokenReferencesAsync(DeliberationsDb db, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task<bool> HasIndexAsync(DeliberationsDb db, string name, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND indexname = {name}").SingleAsync(cancellationToken) > 0;

    public IDataVersionSource OpenDataVersion() => new RevisionVersion(_connectionString);

    public string? StorageFailure(Exception exception) => PostgresFaults.Describe(exception, _shown);

    /// <summary>The first call on a server without the database creates it (as SQLite creates its file), so the migrations can fill it.</summary>
    public IDisposable? TryLockForImport()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            using (var db = CreateContext())
            {
                db.GetService<IRelationalDatabaseCreator>().Create();
            }

            connection.Open();
        }

        using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({ImportLockKey})", connection);
        if (command.ExecuteScalar() is true)
        {
            return new AdvisoryLock(connection);
        }

        connection.Dispose();
        return null;
    }

    public Task BackupAsync(string destination, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"La commande backup copie un fichier SQLite ; une base PostgreSQL ({_shown}) se sauvegarde avec pg_dump (voir docs/deployment.md).");

    public Task RefreshStatisticsAsync(DeliberationsDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

    public Task IndexAsync(DeliberationsDb db, IReadOnlyCollection<SearchEntry> entries, CancellationToken cancellationToken) =>
        PostgresSearch.IndexAsync((NpgsqlConnection)db.Database.GetDbConnection(), entries, cancellationToken);

    public async Task<IAsyncDisposable> BeginSnapshotAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
        return new Snapshot(transaction);
    }

    /// <summary>
    /// Officials with a spelling near a word by trigrams (pg_trgm's <c>&lt;%</c>, served by the GIN index
    /// on the spellings' keys): the word shares at least <see cref="NearNameThreshold"/> of its trigrams
    /// with some part of the spelling. A slip (a letter wrong, missing, added or two swapped) costs a
    /// word of 4 letters or more at most four of its trigrams, so every one-slip spelling is near; of
    /// 3,990 two-slip variants of the 2,000-extract register's surnames, all were.
    /// </summary>
    public IQueryable<Official> NearNames(DeliberationsDb db, IQueryable<Official> officials, IReadOnlyList<string> words)
    {
        var near = words
            .Select(word => db.Spellings.Where(s => EF.Functions.TrigramsAreWordSimilar(word, s.Key)).Select(s => s.OfficialId))
            .Aggregate(Queryable.Union);
        return officials.Where(o => near.Contains(o.Id));
    }

    public async Task<SearchHits> SearchAsync(DeliberationsDb db, SearchRequest request, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            return await PostgresSearch.FindAsync(connection, request with { Filter = request.Filter with { Council = db.Council } }, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The import lock, held by its own connection: should the process die, the server releases it
    /// with the connection. Released explicitly all the same: a closed connection's server process
    /// lets go of its locks a moment after the client has gone, and the site's start, which takes the
    /// lock, lets it go and takes it again to import the seeds, found it still held under load.
    /// </summary>
    private sealed class AdvisoryLock(NpgsqlConnection connection) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({ImportLockKey})", connection);
                unlock.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The connection broke: the server released the lock with it.
            }
            finally
            {
                connection.Dispose();
            }
        }
    }

    private sealed class Snapshot(IDbContextTransaction transaction) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }

    /// <summary>
    /// The store's revision, raised by every transaction that writes to it (migration
    /// <c>StoreRevision</c>): one row read by primary key, on the primary as on a replica.
    /// </summary>
    private sealed class RevisionVersion(string connectionString) : IDataVersionSource
    {
        public string Read()
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT value FROM store_revision", connection);
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }

        public void Dispose()
        {
        }
    }
}
