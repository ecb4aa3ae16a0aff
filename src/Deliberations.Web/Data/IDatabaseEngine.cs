using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Data;

/// <summary>
/// Everything the store does that EF Core cannot say for every database: connection set-up and
/// the full-text index. SQLite (FTS5) is the one engine today; a PostgreSQL deployment would
/// implement this with tsvector and keep the same EF Core model and migrations' tables.
/// </summary>
public interface IDatabaseEngine
{
    void Configure(DbContextOptionsBuilder options);

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
}

/// <summary>The text of one decision as the full-text index sees it.</summary>
public sealed record SearchEntry(int DecisionId, string Number, string Title, string Text, string People, string Projects);

/// <summary>
/// One page of a full-text search: the decisions found, in order; whether more match past them;
/// the words to mark in their passages (<see cref="SearchSnippet"/>).
/// </summary>
public sealed record SearchHits(IReadOnlyList<int> DecisionIds, bool HasMore, HighlightTerms? Terms)
{
    public static readonly SearchHits None = new([], false, null);
}

/// <summary>One page of a full-text search: <see cref="Limit"/> decisions after the first <see cref="Offset"/>.</summary>
public sealed record SearchRequest(string Query, SearchOrder Order, int Offset, int Limit);

public enum SearchOrder
{
    /// <summary>The most recently imported first, which for a register imported as it is published is the newest.</summary>
    Newest,

    /// <summary>The most relevant first, among the 500 most recent matches.</summary>
    Relevant,
}
