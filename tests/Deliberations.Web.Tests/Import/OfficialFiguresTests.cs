using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// The figures the import stores on each official equal what the attendance lines say
/// (tests/faults/invariants.sql), after a first import and after a new version takes lines away.
/// </summary>
public sealed class OfficialFiguresTests
{
    [SqliteFact("the store invariants are written in SQLite's SQL")]
    public async Task Stored_figures_equal_the_counts_of_the_lines_after_an_import_and_a_new_version()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(Repo.SeedsDir);
        await StoreInvariants.AssertHeldAsync(store);
        var vial = await store.QueryAsync(db => db.Officials.Where(o => o.Slug == "m-vial-2015").Select(o => o.ExcusedCount).SingleAsync());

        // The new version drops M. Vial from the excused (his proxy to M. Vaganay goes with him) and changes the rapporteur.
        var file = await store.WriteChangedSeedAsync("003", "2019-3853-v2.txt", (", Vial (pouvoir à M. Vaganay)", ""), ("Madame la Conseillère déléguée Peillon", "Monsieur le Vice-Président Kabalo"));

        Assert.Equal(1, (await store.ImportAsync(file)).Updated);
        await StoreInvariants.AssertHeldAsync(store);
        Assert.Equal(vial - 1, await store.QueryAsync(db => db.Officials.Where(o => o.Slug == "m-vial-2015").Select(o => o.ExcusedCount).SingleAsync()));
    }
}
