using Deliberations.Web.Data;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Deliberations.Web.Tests.Support.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// Faults of the store rather than of a document: a full disk, a read-only disk, a second import,
/// a stage that fails. Each gives one plain French message, loses nothing committed, and a re-run
/// completes.
/// </summary>
public sealed class StoreFaultTests
{
    [MountingLinuxFact]
    public async Task A_full_disk_stops_the_import_with_a_plain_message_and_a_rerun_completes()
    {
        using var disk = ScratchDisk.Mount(64L << 20);
        await using var store = await TestStore.CreateAsync(folder: disk.Path);
        disk.Resize(disk.Used + (96 << 10));

        var stopped = await Assert.ThrowsAsync<ImportStoppedException>(() => store.ImportAsync(Repo.SeedsDir));

        Assert.StartsWith("Disque plein", stopped.Message, StringComparison.Ordinal);
        disk.Resize(64L << 20);
        var rerun = await store.ImportAsync(Repo.SeedsDir);
        Assert.Equal(0, rerun.Failed);
        Assert.Equal(5, await store.QueryAsync(db => db.Decisions.CountAsync()));
    }

    [MountingLinuxFact]
    public async Task A_read_only_store_is_said_so_and_keeps_what_it_holds()
    {
        using var disk = ScratchDisk.Mount(64L << 20);
        await using var store = await TestStore.CreateAsync(folder: disk.Path);
        await store.ImportAsync(Repo.Seed("003"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        disk.MakeReadOnly();
        try
        {
            var stopped = await Assert.ThrowsAsync<ImportStoppedException>(() => store.ImportAsync(Repo.SeedsDir));

            Assert.Contains("lecture seule", stopped.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            disk.MakeWritable();
        }

        Assert.Equal(1, await store.QueryAsync(db => db.Decisions.CountAsync()));
    }

    [Fact]
    public async Task A_second_import_while_one_runs_stops_at_once_and_writes_nothing()
    {
        await using var store = await TestStore.CreateAsync();
        await using var scope = store.Scope();
        using (var first = scope.ServiceProvider.GetRequiredService<IDatabaseEngine>().TryLockForImport())
        {
            Assert.NotNull(first);

            var stopped = await Assert.ThrowsAsync<ImportStoppedException>(() => store.ImportAsync(Repo.SeedsDir));

            Assert.StartsWith("Un autre import, ou l'écriture des exports CSV par le site, est en cours", stopped.Message, StringComparison.Ordinal);
            Assert.Equal(0, await store.QueryAsync(db => db.Documents.CountAsync()));
        }

        var after = await store.ImportAsync(Repo.SeedsDir);
        Assert.Equal(5, after.New);
    }

    [Fact]
    public async Task Two_imports_at_once_lose_nothing()
    {
        await using var store = await TestStore.CreateAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                return (await store.ImportAsync(Repo.SeedsDir)).New;
            }
            catch (ImportStoppedException)
            {
                return -1;
            }
        })));

        Assert.Contains(5, runs);
        Assert.Equal(0, (await store.ImportAsync(Repo.SeedsDir)).New);
        Assert.Equal(5, await store.QueryAsync(db => db.Decisions.CountAsync()));
    }

    /// <summary>Each stage made to fail by a trigger on the rows it writes: the document is stored without that part, and says so.</summary>
    [Theory]
    [InlineData("Attendance", "élus et présences", 0, 1)]
    [InlineData("Grants", "projets et bénéficiaires", 9, 0)]
    public async Task A_stage_that_fails_costs_only_its_own_part(string table, string stage, int attendance, int grants)
    {
        await using var store = await TestStore.CreateAsync();
        await FailInsertsAsync(store, table);
        var file = await store.WriteFileAsync("extract.txt", new QuirkExtract().Bytes());

        var summary = await store.ImportAsync(file);

        Assert.Equal((1, 0), (summary.Partial, summary.Failed));
        var stored = await store.QueryAsync(db => db.Decisions.Select(d => new
        {
            Attendance = d.Attendance.Count,
            Grants = d.Grants.Count,
            Notes = d.CurrentDocument!.Diagnostics.Where(x => x.Code == "import-stage-failed").Select(x => x.Message).ToList(),
        }).SingleAsync());
        Assert.Equal((attendance, grants), (stored.Attendance, stored.Grants));
        Assert.Contains($"« {stage} »", Assert.Single(stored.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_that_cannot_be_written_leaves_its_source_stored()
    {
        await using var store = await TestStore.CreateAsync();
        await FailInsertsAsync(store, "Decisions");
        var file = await store.WriteFileAsync("extract.txt", new QuirkExtract().Bytes());

        var summary = await store.ImportAsync(file);

        Assert.Equal(1, summary.Partial);
        var document = await store.QueryAsync(db => db.Documents.Select(d => new { d.Text, Codes = d.Diagnostics.Select(x => x.Code).ToList() }).SingleAsync());
        Assert.Contains("2021-0420", document.Text, StringComparison.Ordinal);
        Assert.Contains("import-stage-failed", document.Codes);
    }

    [Fact]
    public async Task A_source_that_cannot_be_written_fails_with_the_file_the_stage_and_the_cause()
    {
        await using var store = await TestStore.CreateAsync();
        await FailInsertsAsync(store, "Documents");
        var file = await store.WriteFileAsync("extract.txt", new QuirkExtract().Bytes());

        var summary = await store.ImportAsync(file);

        var failure = Assert.Single(summary.Results);
        Assert.Equal(ImportOutcome.Failed, failure.Outcome);
        Assert.Equal(file, failure.File);
        Assert.Contains("« texte source »", failure.Message, StringComparison.Ordinal);
        Assert.Contains("refusé par le test", failure.Message, StringComparison.Ordinal);
    }

    private static Task FailInsertsAsync(TestStore store, string table)
    {
        // A table name of the tests' own, not input: SQL cannot take it as a parameter.
        var sql = "CREATE TRIGGER fail_" + table + " BEFORE INSERT ON \"" + table + "\" BEGIN SELECT RAISE(ABORT, 'refusé par le test'); END";
        return store.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));
    }
}
