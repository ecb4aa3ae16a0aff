using Deliberations.Web.Data;
using Deliberations.Web.Tests.Support;
using Deliberations.Web.Tests.Support.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// An import that fills an empty store may leave references unchecked until its end (SQLite does,
/// for speed): the check at the end is what stands between a fault of the importer and a store whose
/// rows point at nothing, so it must see such rows, and the store must check references again after.
/// </summary>
public sealed class ReferenceCheckTests
{
    [Fact]
    public async Task A_store_filled_by_an_import_holds_no_broken_reference_and_checks_them_again()
    {
        await using var store = await TestStore.CreateAsync();
        var folder = Path.Combine(Path.GetDirectoryName(store.Path)!, "register");
        await new ForeignRegister(5).WriteAsync(folder, 40);

        var summary = await store.ImportAsync(folder);

        Assert.Equal(0, summary.Failed);
        Assert.True(summary.New > 0);
        Assert.Null(await store.QueryAsync(db => store.Engine.BrokenReferencesAsync(db, CancellationToken.None)));
        await StoreInvariants.AssertHeldAsync(store);
        var orphan = await Assert.ThrowsAnyAsync<DbUpdateException>(() => store.QueryAsync(AddOrphanAsync));
        Assert.Contains("FOREIGN KEY", orphan.GetBaseException().Message, StringComparison.OrdinalIgnoreCase);
    }

    [SqliteFact("a row written with SQLite's reference checks off, which PostgreSQL cannot turn off")]
    public async Task The_check_names_the_table_of_a_row_that_points_at_nothing()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(Repo.SeedsDir);

        var tables = await store.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys=OFF");
            await AddOrphanAsync(db);
            return await store.Engine.BrokenReferencesAsync(db, CancellationToken.None);
        });

        Assert.Equal("Attendance", tables);
    }

    /// <summary>An attendance line of a stored decision, held by an official the store does not hold.</summary>
    private static async Task<int> AddOrphanAsync(DeliberationsDb db)
    {
        var line = await db.Attendance.AsNoTracking().FirstAsync();
        db.Attendance.Add(new() { DecisionId = line.DecisionId, Position = 10_000, OfficialId = int.MaxValue, PrintedName = "M. Personne", Status = line.Status });
        return await db.SaveChangesAsync();
    }
}
