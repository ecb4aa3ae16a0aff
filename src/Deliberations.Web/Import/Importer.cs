using Deliberations.Core.Model;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Import.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Import;

/// <summary>How far an import has gone, for a progress bar.</summary>
public sealed record ImportProgress(int Done, int Total, string File);

/// <summary>
/// Stores extracts. Each document is atomic (a savepoint of its own: a document that fails to store
/// is rolled back alone and the others go on), and documents are committed in batches, because a
/// commit per document rewrote the same index pages thousands of times (4 MB written per extract).
/// A crash loses at most the batch under way, never part of a document. The same bytes twice
/// change nothing; a new text for a stored decision becomes its current version; a document the
/// parser could not identify is stored anyway, with its text and diagnostics. Last, the CSV exports
/// of the state it leaves are written (<see cref="ExportWriter"/>), which the site then serves as files.
/// </summary>
public sealed class Importer(DeliberationsDb db, IDatabaseEngine engine, TermCalendars terms, IOptions<StorageOptions> options, IOptions<CollectivityOptions> home, ExportWriter exports)
{
    /// <summary>Documents per commit; also bounded in time so a reader sees a long import progress.</summary>
    public const int BatchSize = 200;

    private static readonly TimeSpan BatchTime = TimeSpan.FromSeconds(2);

    public Task<ImportSummary> ImportAsync(IEnumerable<string> paths, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ImportAsync(paths, null, progress, cancellationToken);

    /// <param name="council">The council of the documents that do not name theirs; null: the site's own.</param>
    public async Task<ImportSummary> ImportAsync(IEnumerable<string> paths, string? council, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        // The import writes for every council, and must see every one's decisions and officials.
        db.Council = null;
        // Oldest written first, so that of two texts of one decision from one sitting the one written
        // last becomes current, whatever their names (a stable sort: the folder's order otherwise).
        var files = ImportFile.Expand(paths).OrderBy(f => f.WrittenAt).ToList();
        var summary = new ImportSummary();
        using var importLock = engine.TryLockForImport()
            ?? throw new ImportStoppedException("Un autre import, ou l'écriture des exports CSV par le site, est en cours sur cette base : celui-ci n'a rien écrit. Relancez-le quand ils seront terminés.", summary);
        try
        {
            await ImportFilesAsync(files, council, summary, progress, cancellationToken);
        }
        catch (Exception ex) when (engine.StorageFailure(ex) is { } message)
        {
            throw new ImportStoppedException(message, summary, ex);
        }

        if (RosterPath() is { } roster)
        {
            summary.RosterUnmatched = await Roster.ApplyAsync(db, Roster.Read(await File.ReadAllBytesAsync(roster, cancellationToken)), cancellationToken);
        }

        // While the lock is held, so the site never writes them at the same time; nothing when they are
        // already those of the state the import leaves (it changed nothing).
        summary.ExportWarning = await exports.WriteAsync(cancellationToken);
        return summary;
    }

    private async Task ImportFilesAsync(List<ImportFile> files, string? council, ImportSummary summary, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        // Held open for the whole import so the prepared statements survive from batch to batch.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Filling an empty store, what costs less done once for the whole load than row by row is
            // left to its end: the index of attendance by official, and on SQLite the references.
            var filling = !await db.Documents.AnyAsync(cancellationToken);
            await DeferredIndexes.BeginAsync(db, engine, filling, cancellationToken);
            await using var bulkLoad = await engine.BeginBulkLoadAsync(db, filling, cancellationToken);
            using var rows = new RowWriter(db, engine);
            var session = await Session.LoadAsync(db, rows, engine, terms, home.Value, cancellationToken);
            var batch = new List<ImportResult>();
            IDbContextTransaction? transaction = null;
            var batchStarted = 0L;
            var done = 0;
            try
            {
                await foreach (var file in ParsedFiles.ReadAsync(files, cancellationToken))
                {
                    if (transaction is null)
                    {
                        transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                        batchStarted = Environment.TickCount64;
                    }

                    batch.Add(await ImportOneAsync(file, council, rows, session, cancellationToken));
                    progress?.Report(new ImportProgress(++done, files.Count, file.Path));
                    if (batch.Count >= BatchSize || Environment.TickCount64 - batchStarted > BatchTime.TotalMilliseconds)
                    {
                        session = await CommitAsync(transaction, batch, summary, session, rows, cancellationToken);
                        transaction = null;
                    }
                }

                if (transaction is not null)
                {
                    session = await CommitAsync(transaction, batch, summary, session, rows, cancellationToken);
                    transaction = null;
                }
            }
            finally
            {
                // A fault of the store stops the import mid-batch: the batch is rolled back here, before the
                // bulk load sets the connection back, which PostgreSQL refuses in a failed transaction
                // (its "transaction is aborted" then hid the fault's own message).
                if (transaction is not null)
                {
                    await transaction.DisposeAsync();
                }
            }

            await DeferredIndexes.RestoreAsync(db, engine, cancellationToken);
            await StaleFigures.RecountAsync(db, engine, session.Officials.RefreshDisplayNamesAsync, cancellationToken);
            if (filling && await engine.BrokenReferencesAsync(db, cancellationToken) is { } tables)
            {
                throw new ImportStoppedException($"L'import a laissé des lignes qui renvoient à une ligne absente (tables {tables}) : c'est un défaut du programme, signalez-le avec ce message. Les documents sont stockés.", summary);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private string? RosterPath()
    {
        var path = options.Value.Roster ?? (SeedsLocator.Find(options.Value.Seeds) is { } seeds ? Path.Combine(seeds, Roster.FileName) : null);
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>Commits a batch; if the commit fails for a reason of its own, every document of it is reported failed and what the store holds is read again. A fault of the store (disk full) stops the import.</summary>
    private async Task<Session> CommitAsync(IDbContextTransaction transaction, List<ImportResult> batch, ImportSummary summary, Session session, RowWriter rows, CancellationToken cancellationToken)
    {
        try
        {
            await session.Documents.IndexAsync(cancellationToken);
            await session.Officials.Tallies.WriteAsync(rows, cancellationToken);
            if (batch.Any(r => r.Outcome is ImportOutcome.New or ImportOutcome.Updated or ImportOutcome.Partial))
            {
                var sittings = session.Documents.TakeTouchedSittings();
                FacetTallies.Recount(rows, sittings);
                StaleFigures.Mark(rows, sittings, session.Officials.TakeTouched());
            }

            await transaction.CommitAsync(cancellationToken);
            batch.ForEach(summary.Add);
            return session;
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException && engine.StorageFailure(ex) is null)
        {
            // Rolled back before anything is read again: PostgreSQL answers nothing more in a failed transaction.
            await transaction.RollbackAsync(CancellationToken.None);
            var stored = new[] { ImportOutcome.New, ImportOutcome.Updated, ImportOutcome.Unidentified, ImportOutcome.Partial };
            batch.ForEach(r => summary.Add(stored.Contains(r.Outcome) ? r with { Outcome = ImportOutcome.Failed, Message = "enregistrement impossible : " + ex.GetBaseException().Message } : r));
            await session.Officials.ReloadAsync(cancellationToken);

            // What the batches committed before made stale is marked in the store already.
            return await Session.LoadAsync(db, rows, engine, terms, home.Value, cancellationToken, session.Officials);
        }
        finally
        {
            batch.Clear();
            await transaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Stores one document in a savepoint of its own. A stage that fails (a name the reconciler cannot
    /// place, a project it cannot write) is rolled back and the document stored again without it, with
    /// a diagnostic that names the stage: only a document whose source itself cannot be written fails.
    /// </summary>
    private async Task<ImportResult> ImportOneAsync(ParsedFile file, string? councilName, RowWriter rows, Session session, CancellationToken cancellationToken)
    {
        if (file is not { Extract: { } extract, Hash: { } hash, Search: { } search })
        {
            return new ImportResult(file.Path, ImportOutcome.Failed, 0, file.Error);
        }

        var warnings = extract.Diagnostics.Count(d => d.Severity >= Severity.Warning);
        if (session.Documents.Holds(hash))
        {
            return new ImportResult(file.Path, ImportOutcome.Unchanged, warnings, Number: extract.Header.Number);
        }

        var council = session.Councils.Resolve(extract.Header.Collectivity, councilName);
        var skipped = new HashSet<ImportStage>();
        var notes = new List<Diagnostic>();
        while (true)
        {
            rows.Execute("SAVEPOINT document");
            try
            {
                var outcome = await session.Documents.StoreAsync(file, hash, extract, search, council, session.Officials, session.Catalog, skipped, notes, cancellationToken);

                // Released at once: an engine keeps every open savepoint nested, and each write then cost
                // more the further a batch went (7 times more per row by the end of a batch of 200 on SQLite).
                rows.Execute("RELEASE document");
                session.Commit();
                return new ImportResult(file.Path, outcome, warnings + notes.Count, Number: extract.Header.Number, Council: session.Councils.NameOf(council));
            }
            catch (Exception ex) when (ex is not OperationCanceledException && engine.StorageFailure(ex) is null)
            {
                rows.Execute("ROLLBACK TO document");
                rows.Execute("RELEASE document");
                session.Discard();
                var stage = session.Documents.Stage;
                var cause = Cause(ex);
                if (stage == ImportStage.Source || !skipped.Add(stage))
                {
                    return new ImportResult(file.Path, ImportOutcome.Failed, warnings, $"enregistrement impossible (étape « {stage.French()} ») : {cause}. Le fichier n'a pas été stocké ; signalez-le avec ce message.", extract.Header.Number);
                }

                notes.Add(new Diagnostic(Severity.Error, "import-stage-failed", 0, $"Étape « {stage.French()} » de l'import en échec ({cause}) : le document est stocké sans cette partie."));
            }
        }
    }

    /// <summary>The cause in a sentence: the exception's type says what kind of fault it was, its message which.</summary>
    private static string Cause(Exception ex)
    {
        var inner = ex.GetBaseException();
        return $"{inner.GetType().Name} : {inner.Message.TrimEnd('.')}";
    }

    /// <summary>What an import keeps in memory of the store: documents, officials, projects and organisations.</summary>
    private sealed record Session(CouncilBook Councils, DocumentStore Documents, OfficialWriter Officials, FundingWriter Catalog)
    {
        public static async Task<Session> LoadAsync(DeliberationsDb db, RowWriter rows, IDatabaseEngine engine, TermCalendars terms, CollectivityOptions home, CancellationToken cancellationToken, OfficialWriter? officials = null) =>
            new(
                await CouncilBook.LoadAsync(db, rows, home, cancellationToken),
                await DocumentStore.LoadAsync(db, rows, engine, terms, cancellationToken),
                officials ?? new OfficialWriter(db, await OfficialRegistry.LoadAsync(db, cancellationToken)),
                await FundingWriter.LoadAsync(db, cancellationToken));

        public void Commit()
        {
            Documents.Commit();
            Officials.Commit();
            Catalog.Commit();
        }

        public void Discard()
        {
            Documents.Discard();
            Officials.Discard();
            Catalog.Discard();
        }
    }
}
