using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Deliberations.Web.Tests.Support.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// The figures an import counts at its end: an import that changed nothing counts nothing again,
/// and what an import killed before its end did not count is counted by the next one.
/// </summary>
public sealed class StaleFiguresTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task An_import_that_changes_nothing_counts_nothing_again()
    {
        await _store.ImportAsync(Repo.SeedsDir);
        Assert.Equal(0, await _store.QueryAsync(db => db.StaleFigures.CountAsync()));

        // A figure no recount would leave as it is: had the import counted again, it would be back.
        await _store.QueryAsync(db => db.Sittings.ExecuteUpdateAsync(u => u.SetProperty(s => s.DecisionCount, 999)));
        await _store.QueryAsync(db => db.Projects.ExecuteUpdateAsync(u => u.SetProperty(p => p.DecisionCount, 999)));

        var again = await _store.ImportAsync(Repo.SeedsDir);

        Assert.Equal(5, again.Unchanged);
        Assert.All(await _store.QueryAsync(db => db.Sittings.Select(s => s.DecisionCount).ToListAsync()), c => Assert.Equal(999, c));
        Assert.All(await _store.QueryAsync(db => db.Projects.Select(p => p.DecisionCount).ToListAsync()), c => Assert.Equal(999, c));
    }

    [Fact]
    public async Task What_a_killed_import_did_not_count_is_counted_by_the_next_one()
    {
        var folder = Path.GetDirectoryName(_store.Path)!;
        await new ForeignRegister(11).WriteAsync(folder, Importer.BatchSize + 50);

        // Stopped past the first batch's commit, before the import's end.
        using var stop = new CancellationTokenSource();
        await using (var scope = _store.Scope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<Importer>();
            var progress = new StopAt(Importer.BatchSize + 10, stop);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportAsync([folder], progress, stop.Token));
        }

        // What was not counted is marked so: the store's rules hold, the figures either right or marked.
        Assert.Equal(["Register", "Sitting", "Official"], await StaleKinds());
        await StoreInvariants.AssertHeldAsync(_store);

        var next = await _store.ImportAsync();

        Assert.Equal(0, next.Read);
        Assert.Empty(await StaleKinds());
        await StoreInvariants.AssertHeldAsync(_store);
    }

    private Task<List<string>> StaleKinds() => _store.QueryAsync(async db => (await db.StaleFigures.Select(s => s.Kind).Distinct().OrderBy(k => k).ToListAsync()).ConvertAll(k => k.ToString()));

    /// <summary>Cancels the import once it has read <paramref name="count"/> files; called on the import's own thread.</summary>
    private sealed class StopAt(int count, CancellationTokenSource stop) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Done == count)
            {
                stop.Cancel();
            }
        }
    }
}
