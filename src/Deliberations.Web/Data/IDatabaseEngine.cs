using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Deliberations.Web.Data;

/// <summary>
/// Everything the store does that EF Core cannot say for every database: connections, the
/// import's bulk writes, locks, snapshots, change detection and the full-text index. Each engine
/// lives in its own folder (<c>Data/Sqlite</c>, <c>Data/Postgres</c>) with its own migrations of
/// the one EF Core model; nothing outside those folders names an engine.
/// </summary>
public interface IDatabaseEngine
{
    /// <summary>Where the CSV exports are written unless configured: beside a store's file, or under <c>data/</c> for a server's database.</summary>
    string DefaultExportFolder { get; }

    /// <summary>A context on the store, from the engine's pool: disposing it gives it back.</summary>
    DeliberationsDb CreateContext();

    /// <summary>
    /// Prepares <paramref name="sql"/>, written with numbered parameters <c>?1</c>, <c>?2</c>…, on the
    /// context's open connection, to run in whatever transaction it holds: the import's row writer.
    /// </summary>
    IPreparedStatement Prepare(DeliberationsDb db, string sql);

    /// <summary>
    /// Prepares the writing of new rows of <paramref name="columns"/>' table whose keys nobody reads
    /// back, many at a time, on the context's open connection and in whatever transaction it holds.
    /// </summary>
    IRowsWriter PrepareRows(DeliberationsDb db, IReadOnlyList<IProperty> columns);

    /// <summary>
    /// Sets the import's connection up for a bulk load; disposing sets it back. When it fills an empty
    /// store, the engine may leave references unchecked until <see cref="BrokenReferencesAsync"/>.
    /// </summary>
    Task<IAsyncDisposable> BeginBulkLoadAsync(DeliberationsDb db, bool filling, CancellationToken cancellationToken);

    /// <summary>The tables holding rows whose references point at no row; null when there is none.</summary>
    Task<string?> BrokenReferencesAsync(DeliberationsDb db, CancellationToken cancellationToken);

    /// <summary>Whether the store holds an index of that name.</summary>
    Task<bool> HasIndexAsync(DeliberationsDb db, string name, CancellationToken cancellationToken);

    /// <summary>
    /// A source of a value that changes whenever anything commits to the store, whoever commits it
    /// (this process or an <c>import</c> run apart); reading it must cost next to nothing.
    /// </summary>
    IDataVersionSource OpenDataVersion();

    /// <summary>
    /// When <paramref name="exception"/> is a fault of the store rather than of one document (disk
    /// full, store read-only or locked, file damaged), what it is and what to do, in plain French;
    /// otherwise null. An import stops on such a fault: trying the next document cannot succeed.
    /// </summary>
    string? StorageFailure(Exception exception);

    /// <summary>Takes the store's import lock until disposed, or null when another import holds it.</summary>
    IDisposable? TryLockForImport();

    /// <summary>Writes a consistent copy of the store to <paramref name="destination"/> (a new file) while the site serves and imports run.</summary>
    Task BackupAsync(string destination, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the query planner how the rows are spread, after an import or a migration changed them.
    /// Without it the planner guesses that every index narrows as well as any other: an official's
    /// page then walked the official's 10,000 lines to find the 50 of two sittings.
    /// </summary>
    Task RefreshStatisticsAsync(DeliberationsDb db, CancellationToken cancellationToken);

    /// <summary>Replaces the decisions' entries in the full-text index (within the caller's transaction).</summary>
    Task IndexAsync(DeliberationsDb db, IReadOnlyCollection<SearchEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a read-only transaction on <paramref name="db"/>: the queries made until it is disposed
    /// see one committed state of the store, whatever an import commits meanwhile. It never waits
    /// for a writer and a writer never waits for it.
    /// </summary>
    Task<IAsyncDisposable> BeginSnapshotAsync(DeliberationsDb db, CancellationToken cancellationToken);

    /// <summary>Decisions matching the words of the request's query, typed by anyone: never parsed as query syntax.</summary>
    Task<SearchHits> SearchAsync(DeliberationsDb db, SearchRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Narrows <paramref name="officials"/> to those with a spelling of their surname near one of
    /// <paramref name="words"/> (folded as <see cref="Text.NameKey"/> folds them), where the engine
    /// has an index to find them without reading every official; the caller's own rule then decides
    /// among them. An engine without one returns <paramref name="officials"/> unchanged.
    /// </summary>
    IQueryable<Official> NearNames(DeliberationsDb db, IQueryable<Official> officials, IReadOnlyList<string> words);
}

/// <summary>One statement prepared for the import, bound by position and run many times.</summary>
public interface IPreparedStatement : IDisposable
{
    /// <summary>Binds the parameter <c>?<paramref name="index"/></c> (from 1) to a value as EF Core's value converters leave it.</summary>
    void Bind(int index, object? value);

    void Execute();

    /// <summary>Runs a statement that answers one integer (an <c>INSERT … RETURNING</c> key) and gives it.</summary>
    long ExecuteScalar();
}

/// <summary>See <see cref="IDatabaseEngine.PrepareRows"/>.</summary>
public interface IRowsWriter : IDisposable
{
    /// <summary>
    /// Writes <paramref name="count"/> rows: <paramref name="value"/> gives a row's value for a column
    /// (both counted from 0), as EF Core's value converters leave it. It must not write to the store.
    /// </summary>
    void Write(int count, Func<int, int, object?> value);
}

/// <summary>See <see cref="IDatabaseEngine.OpenDataVersion"/>.</summary>
public interface IDataVersionSource : IDisposable
{
    string Read();
}

/// <summary>The text of one decision as the full-text index sees it.</summary>
public sealed record SearchEntry(int DecisionId, string Number, string Title, string Text, string People, string Projects);

/// <summary>
/// One page of a full-text search: the decisions found, in order; whether more match past them;
/// the words to mark in their passages (<see cref="SearchSnippet"/>); whether they were found by
/// the request's <see cref="SearchRequest.Fallback"/> rather than by the words typed.
/// </summary>
public sealed record SearchHits(IReadOnlyList<int> DecisionIds, bool HasMore, HighlightTerms? Terms)
{
    public static readonly SearchHits None = new([], false, null);

    public bool ByFallback { get; init; }
}

/// <summary>One page of a full-text search: <see cref="Limit"/> decisions after the first <see cref="Offset"/>.</summary>
public sealed record SearchRequest(string Query, SearchOrder Order, int Offset, int Limit)
{
    /// <summary>
    /// Relevance is computed for this many matches, the newest: scoring 19,000 decisions for
    /// "convention" cost 35 ms of CPU per query at 20,000 extracts against 10 ms for 500 (SQLite).
    /// </summary>
    public const int RelevanceCandidates = 500;

    public SearchFilter Filter { get; init; } = SearchFilter.None;

    /// <summary>
    /// Words to search instead when those of <see cref="Query"/> are in no decision at all (whatever
    /// the filters): what the typed words meant, a name's spelling for a slip in it. Tried only then,
    /// so a word of the registers is never read as a name it happens to be one slip from.
    /// </summary>
    public string? Fallback { get; init; }
}

/// <summary>Which decisions a search keeps: those of a sitting of <see cref="Year"/>, of the stored <see cref="Body"/>; null keeps all.</summary>
/// <param name="Council">The council whose decisions are searched; null: every council. Set by the engine from the context's.</param>
public sealed record SearchFilter(int? Year, string? Body, int? Council = null)
{
    public static readonly SearchFilter None = new(null, null);
}

public enum SearchOrder
{
    /// <summary>The latest sitting first (decisions of no known sitting last), then by number, latest first.</summary>
    Newest,

    /// <summary>The most relevant first, among the <see cref="SearchRequest.RelevanceCandidates"/> newest matches.</summary>
    Relevant,
}
