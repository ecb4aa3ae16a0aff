using Deliberations.Web.Data.Entities;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// Decisions sort by their number as a reader counts: a sitting's item 9 before item 10, <c>1 BIS</c>
/// after 1, Lyon's numbers as printed. Decisions stored before the key was kept (the migration
/// <c>DecisionOrderKey</c> leaves it empty) are given it once.
/// </summary>
public sealed class OrderKeysTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        Assert.Equal(0, (await _store.ImportAsync(Repo.SeedsDir, Repo.Minutes("004"))).Failed);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public void Items_of_minutes_sort_as_they_are_numbered()
    {
        // As Avranches prints them, 1 BIS with an en dash.
        string[] items = ["2017.07.04 - 10", "2017.07.04 – 1 BIS", "2017.07.04 - 2", "2017.07.04 - 1", "2017.07.04 - 13", "2017.07.04 - 9", "2017.07.04 - 20"];

        Assert.Equal(
            ["2017.07.04 - 1", "2017.07.04 – 1 BIS", "2017.07.04 - 2", "2017.07.04 - 9", "2017.07.04 - 10", "2017.07.04 - 13", "2017.07.04 - 20"],
            items.OrderBy(DecisionOrder.KeyOf, StringComparer.Ordinal));
    }

    [Fact]
    public void Numbers_of_one_width_keep_the_order_of_their_text()
    {
        string[] numbers = ["2021-0801", "CP-2018-2133", "2019-3853", "2018-3067", "2019-3364", "2019-0000"];

        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers.OrderBy(DecisionOrder.KeyOf, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Decisions_stored_without_a_key_are_given_the_key_an_import_stores()
    {
        var imported = await Keys();
        Assert.Equal(5 + 21, imported.Count);
        Assert.All(imported, d => Assert.Equal(DecisionOrder.KeyOf(d.Number), d.OrderKey));

        await _store.QueryAllAsync(db => db.Decisions.ExecuteUpdateAsync(u => u.SetProperty(d => d.OrderKey, "")));
        Assert.All(await Keys(), d => Assert.Equal("", d.OrderKey));

        Assert.Equal(26, await _store.QueryAsync(db => OrderKeys.FillAsync(db, CancellationToken.None)));
        Assert.Equal(imported, await Keys());
        Assert.Equal(0, await _store.QueryAsync(db => OrderKeys.FillAsync(db, CancellationToken.None)));
    }

    [Fact]
    public async Task A_sittings_items_list_in_the_order_of_their_numbers()
    {
        var items = await _store.QueryAllAsync(db => db.Decisions.Where(d => d.SittingDate == new DateOnly(2017, 7, 4)).OrderBy(d => d.OrderKey).Select(d => d.Number).ToListAsync());

        // The minutes take item 1 BIS (printed with an en dash) after item 1 and number the rest 2 to 20.
        Assert.Equal(["2017.07.04 - 1", "2017.07.04 – 1 BIS", .. Enumerable.Range(2, 19).Select(n => "2017.07.04 - " + n)], items);
    }

    private Task<List<(string Number, string OrderKey)>> Keys() =>
        _store.QueryAllAsync(async db => (await db.Decisions.OrderBy(d => d.Number).Select(d => new { d.Number, d.OrderKey }).ToListAsync()).Select(d => (d.Number, d.OrderKey)).ToList());
}
