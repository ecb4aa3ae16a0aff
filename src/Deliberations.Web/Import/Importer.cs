using Deliberations.Core.Model;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
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
/// parser could not identify is stored anyway, with its text and diagnostics.
/// </summary>
public sealed class Importer(DeliberationsDb db, IDatabaseEngine engine, TermCalendar terms, IOptions<StorageOptions> options)
{
    /// <summary>Documents per commit; also bounded in time so a reader sees a long import progress.</summary>
    public const int BatchSize = 200;

    private static readonly TimeSpan BatchTime = TimeSpan.FromSeconds(2);

    public async Task<ImportSummary> ImportAsync(IEnumerable<string> paths, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var files = ImportFile.Expand(paths).ToList();
        var summary = new ImportSummary();
        var officials = new OfficialWriter(db, await OfficialRegistry.LoadAsync(db, cancellationToken));
        var catalog = await FundingWriter.LoadAsync(db, cancellationToken);
        var batch = new List<ImportResult>();
        IDbContextTransaction? transaction = null;
        var batchStarted = 0L;
        var done = 0;
        await foreach (var file in ParsedFiles.ReadAsync(files, cancellationToken))
        {
            if (transaction is null)
            {
                transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                batchStarted = Environment.TickCount64;
            }

            batch.Add(await ImportOneAsync(file, transaction, officials, catalog, cancellationToken));
            progress?.Report(new ImportProgress(++done, files.Count, file.Path));
            if (batch.Count >= BatchSize || Environment.TickCount64 - batchStarted > BatchTime.TotalMilliseconds)
            {
                catalog = await CommitAsync(transaction, batch, summary, officials, catalog, cancellationToken);
                transaction = null;
            }
        }

        if (transaction is not null)
        {
            await CommitAsync(transaction, batch, summary, officials, catalog, cancellationToken);
        }

        await officials.RefreshDisplayNamesAsync(cancellationToken);
        if (RosterPath() is { } roster)
        {
            summary.RosterUnmatched = await Roster.ApplyAsync(db, Roster.Read(await File.ReadAllBytesAsync(roster, cancellationToken)), cancellationToken);
        }

        return summary;
    }

    private string? RosterPath()
    {
        var path = options.Value.Roster ?? (SeedsLocator.Find(options.Value.Seeds) is { } seeds ? Path.Combine(seeds, Roster.FileName) : null);
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>Commits a batch; if the commit itself fails (disk full), every document of it is reported failed and the registries are read again.</summary>
    private async Task<FundingWriter> CommitAsync(IDbContextTransaction transaction, List<ImportResult> batch, ImportSummary summary, OfficialWriter officials, FundingWriter catalog, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken);
            batch.ForEach(summary.Add);
            return catalog;
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            var stored = new[] { ImportOutcome.New, ImportOutcome.Updated, ImportOutcome.Unidentified };
            batch.ForEach(r => summary.Add(stored.Contains(r.Outcome) ? r with { Outcome = ImportOutcome.Failed, Message = "enregistrement impossible : " + ex.GetBaseException().Message } : r));
            await officials.ReloadAsync(cancellationToken);
            return await FundingWriter.LoadAsync(db, cancellationToken);
        }
        finally
        {
            batch.Clear();
            await transaction.DisposeAsync();
        }
    }

    private async Task<ImportResult> ImportOneAsync(ParsedFile file, IDbContextTransaction transaction, OfficialWriter officials, FundingWriter catalog, CancellationToken cancellationToken)
    {
        if (file.Extract is not { } extract || file.Hash is not { } hash)
        {
            return new ImportResult(file.Path, ImportOutcome.Failed, 0, file.Error);
        }

        var warnings = extract.Diagnostics.Count(d => d.Severity >= Severity.Warning);
        if (await db.Documents.AnyAsync(d => d.ContentHash == hash, cancellationToken))
        {
            return new ImportResult(file.Path, ImportOutcome.Unchanged, warnings, Number: extract.Header.Number);
        }

        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            var outcome = await StoreAsync(file, hash, extract, officials, catalog, cancellationToken);
            officials.Commit();
            catalog.Commit();
            return new ImportResult(file.Path, outcome, warnings, Number: extract.Header.Number);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            officials.Discard();
            catalog.Discard();
            return new ImportResult(file.Path, ImportOutcome.Failed, warnings, "enregistrement impossible : " + ex.GetBaseException().Message, extract.Header.Number);
        }
        finally
        {
            // Entities of finished documents are never touched again: tracking them would slow every later save.
            db.ChangeTracker.Clear();
        }
    }

    private const string Savepoint = "document";

    private async Task<ImportOutcome> StoreAsync(ParsedFile file, string hash, ParsedExtract extract, OfficialWriter officials, FundingWriter catalog, CancellationToken cancellationToken)
    {
        var document = new SourceDocument
        {
            FileName = Path.GetFileName(file.Path),
            ContentHash = hash,
            Text = extract.Source.Text,
            Encoding = extract.Source.Encoding,
            ImportedAt = DateTime.UtcNow,
            Status = DecisionMapper.StatusOf(extract),
            Diagnostics = [.. extract.Diagnostics.Select(d => new DocumentDiagnostic { Severity = d.Severity, Code = d.Code, Line = d.Line, Message = d.Message })],
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        if (extract.Header.Number is not { } number)
        {
            return ImportOutcome.Unidentified;
        }

        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Number == number, cancellationToken);
        var outcome = ImportOutcome.New;
        if (decision is null)
        {
            decision = new Decision { Number = number, Title = "", ReportText = "" };
            db.Decisions.Add(decision);
            document.Version = 1;
        }
        else
        {
            outcome = ImportOutcome.Updated;
            document.Version = 1 + await db.Documents.Where(d => d.DecisionId == decision.Id).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 1;
            await ClearPartsAsync(decision.Id, cancellationToken);
        }

        decision.CurrentDocumentId = document.Id;
        document.Decision = decision;
        DecisionMapper.Fill(decision, extract);
        var date = extract.Header.SessionDate;
        var term = date is { } d ? terms.TermOf(d) : null;
        decision.Sitting = date is { } day && term is { } t ? await SittingAsync(extract.Header.Body ?? "Conseil", day, t, extract.Header.MembersInOffice, cancellationToken) : null;
        if (term is { } termStart)
        {
            officials.Attach(decision, document, extract, termStart);
        }
        else
        {
            document.Diagnostics.Add(new DocumentDiagnostic { Severity = Severity.Warning, Code = "import-no-term", Line = 0, Message = "Date de séance absente ou antérieure aux mandats connus : présences non rattachées aux élus." });
        }

        catalog.Attach(decision, extract);
        await db.SaveChangesAsync(cancellationToken);
        await officials.ApplyAsync(cancellationToken);
        await engine.IndexAsync(db, SearchText.For(decision, extract), cancellationToken);
        return outcome;
    }

    private async Task<Sitting> SittingAsync(string body, DateOnly date, DateOnly term, int? members, CancellationToken cancellationToken)
    {
        var sitting = await db.Sittings.FirstOrDefaultAsync(s => s.Body == body && s.Date == date, cancellationToken);
        if (sitting is null)
        {
            sitting = new Sitting { Body = body, Date = date, TermStart = term, MembersInOffice = members };
            db.Sittings.Add(sitting);
        }

        sitting.MembersInOffice ??= members;
        return sitting;
    }

    private async Task ClearPartsAsync(int decisionId, CancellationToken cancellationToken)
    {
        await db.Articles.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await db.Attendance.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await db.BudgetLines.Where(x => db.BudgetTables.Any(t => t.Id == x.TableId && t.DecisionId == decisionId)).ExecuteDeleteAsync(cancellationToken);
        await db.BudgetTables.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await db.Imputations.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await db.Amendments.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await db.DecisionProjects.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
        await db.Grants.Where(x => x.DecisionId == decisionId).ExecuteDeleteAsync(cancellationToken);
    }
}
