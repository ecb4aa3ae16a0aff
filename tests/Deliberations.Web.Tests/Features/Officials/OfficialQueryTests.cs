using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Officials;
using Deliberations.Web.Features.Shared.Paging;
using Deliberations.Web.Tests.Support;
using Deliberations.Web.Tests.Support.Registers;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Features.Officials;

/// <summary>
/// The read model of an official (<see cref="OfficialQuery"/>) shows the figures the import stored
/// beside lists it reads from the lines: both must tell the same story for every official, after a
/// first import and after a new version of a document moves lines between officials.
/// </summary>
public sealed class OfficialQueryTests
{
    [Fact]
    public async Task Every_list_agrees_with_the_stored_figures_after_an_import_and_a_new_version()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(Repo.SeedsDir);
        await AssertListsAgreeWithFiguresAsync(store);
        var before = await RecordAsync(store, "m-vial-2015");

        // The new version drops M. Vial from the excused (his proxy to M. Vaganay goes with him) and changes the rapporteur.
        var seed = File.ReadAllText(Repo.Seed("003"));
        var changed = seed.Replace(", Vial (pouvoir à M. Vaganay)", "", StringComparison.Ordinal)
            .Replace("Madame la Conseillère déléguée Peillon", "Monsieur le Vice-Président Kabalo", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetDirectoryName(store.Path)!, "2019-3853-v2.txt");
        await File.WriteAllTextAsync(file, changed);
        Assert.Equal(1, (await store.ImportAsync(file)).Updated);

        await AssertListsAgreeWithFiguresAsync(store);
        var after = await RecordAsync(store, "m-vial-2015");
        Assert.Equal(before.Facts.Totals.Excused - 1, after.Facts.Totals.Excused);
        Assert.Equal(before.Facts.Totals.ProxiesGiven - 1, after.Facts.Totals.ProxiesGiven);
        Assert.Contains(before.Decisions.Items, l => l.Decision.Number == "2019-3853" && l.ProxyHolder?.Slug == "m-vaganay-2015");
        Assert.DoesNotContain(after.Decisions.Items, l => l.Decision.Number == "2019-3853");
    }

    [Fact]
    public async Task A_page_of_each_list_is_the_same_slice_of_the_whole_list()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(Repo.SeedsDir);
        var slug = await store.QueryAsync(db => db.Officials.OrderByDescending(o => o.PresentCount + o.ExcusedCount + o.UnexcusedCount).Select(o => o.Slug).FirstAsync());
        var whole = await RecordAsync(store, slug);
        Assert.True(whole.Decisions.Items.Count > 2, "the busiest official of the seeds is listed in more decisions than a page of two");

        for (var page = 1; page <= whole.Decisions.Paging.Total / 2 + 1; page++)
        {
            var requested = page;
            Func<int, Paging> two = total => Paging.Of(requested, 2, total);
            var paged = (await store.QueryAsync(db => new OfficialQuery(db).RunAsync(slug, new OfficialPages(two, two), CancellationToken.None)))!;
            Assert.Equal(whole.Decisions.Items.Skip(paged.Decisions.Paging.Skip).Take(2), paged.Decisions.Items);
            Assert.Equal(whole.Reported.Items.Skip(paged.Reported.Paging.Skip).Take(2), paged.Reported.Items);
        }
    }

    /// <summary>
    /// The proxy lists are paged by sitting from counts the import keeps: page by page, they must give
    /// the lines sorted from every line of the store, on a register the project's generator did not write.
    /// </summary>
    [Fact]
    public async Task Proxy_lists_page_by_page_are_every_proxy_line_newest_first()
    {
        await using var store = await TestStore.CreateAsync();
        var folder = Path.Combine(Path.GetDirectoryName(store.Path)!, "register");
        await new ForeignRegister(20261203).WriteAsync(folder, 120);
        await store.ImportAsync(folder);
        var lines = await store.QueryAsync(db => db.Attendance.Where(a => a.ProxyHolderId != null)
            .Select(a => new { a.OfficialId, Holder = a.ProxyHolderId!.Value, a.Decision!.Number, a.Decision.SittingDate, a.Position })
            .ToListAsync());
        var officials = lines.GroupBy(l => l.OfficialId).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key)
            .Concat(lines.GroupBy(l => l.Holder).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key))
            .Distinct();
        foreach (var id in officials)
        {
            var expectedGiven = NewestFirst(lines.Where(l => l.OfficialId == id), l => (l.SittingDate, l.Number, l.Position)).Select(l => l.Number).ToList();
            var expectedHeld = NewestFirst(lines.Where(l => l.Holder == id), l => (l.SittingDate, l.Number, l.Position)).Select(l => l.Number).ToList();

            var given = await PageByPageAsync(store, expectedGiven.Count, (query, paging) => query.GivenAsync(id, paging, CancellationToken.None));
            var held = await PageByPageAsync(store, expectedHeld.Count, (query, paging) => query.HeldAsync(id, paging, CancellationToken.None));

            Assert.Equal(expectedGiven, given.Select(l => l.Decision.Number));
            Assert.Equal(expectedHeld, held.Select(l => l.Decision.Number));
        }

        await StoreInvariants.AssertHeldAsync(store);
    }

    private static IEnumerable<T> NewestFirst<T>(IEnumerable<T> lines, Func<T, (DateOnly? Date, string Number, int Position)> key) =>
        lines.OrderByDescending(l => key(l).Date ?? DateOnly.MinValue).ThenByDescending(l => key(l).Number, StringComparer.Ordinal).ThenBy(l => key(l).Position);

    /// <summary>A list read three lines at a time, each page in its own query.</summary>
    private static async Task<List<ProxyLine>> PageByPageAsync(TestStore store, int total, Func<OfficialQuery, Paging, Task<IReadOnlyList<ProxyLine>>> read)
    {
        var all = new List<ProxyLine>();
        for (var page = 1; (page - 1) * 3 < total; page++)
        {
            var paging = Paging.Of(page, 3, total);
            all.AddRange(await store.QueryAsync(db => read(new OfficialQuery(db), paging)));
        }

        return all;
    }

    [Fact]
    public async Task Slugs_are_read_in_lower_case_and_an_unknown_one_is_not_found()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(Repo.SeedsDir);

        Assert.Equal("mme-baume-2020", (await RecordAsync(store, "MME-Baume-2020")).Facts.Name.Slug);
        Assert.Null(await store.QueryAsync(db => new OfficialQuery(db).RunAsync("m-personne-2015", OfficialPages.Whole, CancellationToken.None)));
    }

    private static async Task AssertListsAgreeWithFiguresAsync(TestStore store)
    {
        var slugs = await store.QueryAsync(db => db.Officials.Select(o => o.Slug).ToListAsync());
        Assert.NotEmpty(slugs);
        foreach (var slug in slugs)
        {
            await store.QueryAsync(async db =>
            {
                var query = new OfficialQuery(db);
                var record = (await query.RunAsync(slug, OfficialPages.Whole, CancellationToken.None))!;
                var totals = record.Facts.Totals;
                var lines = record.Decisions.Items;
                Assert.Equal(totals.Listed, lines.Count);
                Assert.Equal(totals.Present, lines.Count(l => l.Status == AttendanceStatus.Present));
                Assert.Equal(totals.Excused, lines.Count(l => l.Status == AttendanceStatus.Excused));
                Assert.Equal(totals.ProxiesGiven, lines.Count(l => l.ProxyHolder is not null));
                Assert.Equal(totals.Reports, record.Reported.Items.Count);

                var held = await query.HeldAsync(record.Facts.Id, Paging.Whole(totals.ProxiesHeld), CancellationToken.None);
                var proxies = await query.ProxiesAsync(record.Facts.Id, CancellationToken.None);
                Assert.Equal(totals.ProxiesHeld, held.Count);
                Assert.Equal(totals.ProxiesHeld, proxies.Held.Sum(p => p.Count));
                Assert.Equal(totals.ProxiesGiven, proxies.Given.Sum(p => p.Count));
                Assert.Equal(
                    held.GroupBy(h => h.Colleague.Slug).Select(g => (g.Key, g.Count())).Order(),
                    proxies.Held.Select(p => (p.Official.Slug, p.Count)).Order());

                // Newest first, undated last, as every list of decisions.
                Assert.Equal(lines.OrderByDescending(l => l.Decision.Date).ThenByDescending(l => l.Decision.Number, StringComparer.Ordinal), lines);
                return 0;
            });
        }
    }

    private static async Task<OfficialRecord> RecordAsync(TestStore store, string slug) =>
        (await store.QueryAsync(db => new OfficialQuery(db).RunAsync(slug, OfficialPages.Whole, CancellationToken.None)))!;
}
