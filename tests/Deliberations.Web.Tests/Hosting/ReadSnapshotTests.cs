using System.Diagnostics;
using Deliberations.Web.Data;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Hosting;

/// <summary>The read transaction each page request gets (<c>ReadSnapshotMiddleware</c>) while an import commits.</summary>
public sealed class ReadSnapshotTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        await _store.ImportAsync(Repo.Seed("000"));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Queries_in_a_snapshot_see_one_state_and_a_commit_meanwhile_does_not_wait_for_them()
    {
        await using var scope = _store.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        var engine = scope.ServiceProvider.GetRequiredService<IDatabaseEngine>();

        await using (await engine.BeginSnapshotAsync(db, CancellationToken.None))
        {
            Assert.Equal(1, await db.Decisions.CountAsync());
            var clock = Stopwatch.StartNew();
            var summary = await _store.ImportAsync(Repo.Seed("001"));
            Assert.Equal(1, summary.New);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the import waited {clock.Elapsed} for the reader");

            Assert.Equal(1, await db.Decisions.CountAsync());
            Assert.Equal(1, await db.Attendance.Select(a => a.DecisionId).Distinct().CountAsync());
        }

        Assert.Equal(2, await db.Decisions.CountAsync());
    }
}
