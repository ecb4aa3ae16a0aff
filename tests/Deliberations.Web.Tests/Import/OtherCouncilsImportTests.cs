using System.Text.Json;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Councils;
using Deliberations.Web.Tests.Support;
using Deliberations.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// The real minutes of other councils (tests/data/other-councils) imported beside the Lyon seeds: each
/// council its own, each item of a sitting a decision that carries the sitting's attendance as counted
/// by hand, officials joined within a council only, and nothing of theirs seen where the site's own
/// council is read.
/// </summary>
public sealed class OtherCouncilsImportTests : IAsyncLifetime
{
    /// <summary>The minutes that print their council's name; the others need it on the command line.</summary>
    private static readonly string[] Named = ["001", "002", "003", "004", "007", "008", "010"];

    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        var summary = await _store.ImportAsync([Repo.SeedsDir, .. Named.Select(Repo.Minutes)]);
        Assert.Equal(0, summary.Failed);
        Assert.Equal(0, (await _store.ImportForAsync("Commune d'Ouzous", Repo.Minutes("009"))).Failed);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Each_council_named_by_its_minutes_or_the_command_line_is_its_own()
    {
        var councils = await _store.QueryAsync(db => db.Councils.Select(c => new { c.Name, c.Slug, c.Kind }).ToListAsync());

        (string, string, string?)[] expected =
        [
            ("Métropole de Lyon", "", "métropole"), ("Ville d'Avranches", "avranches", "commune"), ("Ville de Chatillon-sur-Seine", "chatillon-sur-seine", "commune"),
            ("Ville d'Eybens", "eybens", "commune"), ("Commune d'Illats", "illats", "commune"), ("Commune d'Ouzous", "ouzous", "commune"),
        ];
        Assert.Equal(expected.Order(), councils.Select(c => (c.Name, c.Slug, c.Kind)).Order());
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("007")]
    [InlineData("008")]
    [InlineData("009")]
    [InlineData("010")]
    public async Task Every_item_of_a_sitting_carries_its_attendance_as_counted_by_hand(string document)
    {
        var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Expected(document))).RootElement;
        var date = DateOnly.Parse(expected.GetProperty("session_date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var proxies = expected.GetProperty("proxies").GetArrayLength();
        var decisions = await _store.QueryAllAsync(db => db.Decisions
            .Where(d => d.Sitting!.Date == date && d.CouncilId != Council.HomeId)
            .Select(d => new
            {
                d.PresentCount,
                d.ExcusedCount,
                Rows = d.Attendance.Count,
                Proxies = d.Attendance.Count(a => a.ProxyHolderId != null),
                Council = db.Councils.Single(c => c.Id == d.CouncilId).Name,
            })
            .ToListAsync());

        Assert.NotEmpty(decisions);
        Assert.All(decisions, d =>
        {
            Assert.Equal(expected.GetProperty("present_count").GetInt32(), d.PresentCount);
            Assert.Equal(expected.GetProperty("excused_count").GetInt32(), d.ExcusedCount);
            Assert.Equal(proxies, d.Proxies);
            // As the minutes print it: Châtillon's text has no accents and no département.
            Assert.StartsWith(NameKey.Of(d.Council), NameKey.Of(expected.GetProperty("collectivity").GetString()!), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_member_who_arrived_at_an_item_is_excused_with_her_proxy_before_it_and_present_from_it()
    {
        // 004 lists "MME COCHAT (A  PARTIR  DE  LA  QUESTION  N°14)" among the present and "Madame P. COCHAT a donné
        // pouvoir à Monsieur N. FERREIRA (jusqu’à la question n°13)" among the proxies: 21 names and 9 proxies in all
        // (tests/data/other-councils/expected/004_…json), 20 "en séance" at the opening. Items 1 to 13 (1 BIS among them,
        // 14 items) had 20 present and 9 proxies, items 14 to 20 (7) had 21 present and 8 proxies.
        var items = await _store.QueryAllAsync(db => db.Decisions
            .Where(d => d.Sitting!.Date == new DateOnly(2017, 7, 4))
            .OrderBy(d => d.Id)
            .Select(d => new
            {
                d.Number,
                d.PresentCount,
                d.ExcusedCount,
                Proxies = d.Attendance.Count(a => a.ProxyHolderId != null),
                Cochat = d.Attendance.Where(a => a.Official!.Surname == "COCHAT").Select(a => new { a.Status, Holder = a.ProxyHolder!.Surname }).ToList(),
            })
            .ToListAsync());

        Assert.Equal(21, items.Count);
        Assert.Equal("2017.07.04 - 14", items[14].Number);
        Assert.All(items.Take(14), item =>
        {
            Assert.Equal((20, 9, 9), (item.PresentCount, item.ExcusedCount, item.Proxies));
            var cochat = Assert.Single(item.Cochat);
            Assert.Equal((AttendanceStatus.Excused, "FERREIRA"), (cochat.Status, cochat.Holder));
        });
        Assert.All(items.Skip(14), item =>
        {
            Assert.Equal((21, 8, 8), (item.PresentCount, item.ExcusedCount, item.Proxies));
            var cochat = Assert.Single(item.Cochat);
            Assert.Equal((AttendanceStatus.Present, (string?)null), (cochat.Status, cochat.Holder));
        });
    }

    [Fact]
    public async Task The_items_of_a_sitting_are_its_decisions_numbered_as_printed()
    {
        var numbers = await _store.QueryAllAsync(db => db.Decisions
            .Where(d => d.Sitting!.Date == new DateOnly(2013, 2, 4))
            .OrderBy(d => d.Id)
            .Select(d => new { d.Number, d.Title, d.ReportLength })
            .ToListAsync());

        Assert.Equal(13, numbers.Count);
        Assert.Equal("2013.02.04 - 1", numbers[0].Number);
        Assert.All(numbers, n => Assert.True(n.ReportLength > 0, n.Number));

        // Châtillon numbers its items 1, 2, 3… at every sitting: the day makes them unique in the council.
        var chatillon = await _store.QueryAllAsync(db => db.Decisions.Where(d => d.Sitting!.Date == new DateOnly(2018, 4, 4)).OrderBy(d => d.Id).Select(d => d.Number).FirstAsync());
        Assert.Equal("2018-04-04-1", chatillon);
    }

    [Fact]
    public async Task Officials_are_joined_across_sittings_of_one_council_and_never_across_councils()
    {
        // M. Huet presided Avranches' two sittings of 2013: one official of the 2008 term.
        var presidents = await _store.QueryAllAsync(db => db.Decisions
            .Where(d => d.Sitting!.Date.Year == 2013 && d.President!.Surname == "HUET")
            .Select(d => d.PresidentId)
            .Distinct()
            .ToListAsync());
        Assert.Single(presidents);

        var crossing = await _store.QueryAllAsync(db => db.Attendance
            .Where(a => db.Officials.Any(o => o.Id == a.OfficialId && o.CouncilId != a.Decision!.CouncilId))
            .CountAsync());
        Assert.Equal(0, crossing);
    }

    [Fact]
    public async Task The_sites_own_council_sees_its_five_decisions_alone()
    {
        var home = await _store.QueryAsync(db => db.Decisions.CountAsync());
        var all = await _store.QueryAllAsync(db => db.Decisions.CountAsync());
        var officials = await _store.QueryAsync(db => db.Officials.AnyAsync(o => o.CouncilId != Council.HomeId));

        Assert.Equal(5, home);
        Assert.True(all > 60, $"{all} decisions in every council");
        Assert.False(officials);
        await StoreInvariants.AssertHeldAsync(_store);
    }

    [Fact]
    public async Task Importing_the_minutes_again_changes_nothing()
    {
        var before = await _store.QueryAllAsync(db => db.Decisions.CountAsync());

        var summary = await _store.ImportAsync(Named.Select(Repo.Minutes).ToArray());

        Assert.Equal(Named.Length, summary.Unchanged);
        Assert.Equal(before, await _store.QueryAllAsync(db => db.Decisions.CountAsync()));
    }

    [Fact]
    public async Task The_councils_directory_counts_each_council()
    {
        var councils = await _store.QueryAsync(db => new CouncilDirectory(db).CouncilsAsync(CancellationToken.None));

        Assert.Equal(5, councils.Single(c => c.IsHome).Decisions);
        var avranches = councils.Single(c => c.Name == "Ville d'Avranches");
        Assert.Equal((4, 13 + 20 + 13 + 21), (avranches.Sittings, avranches.Decisions));
        Assert.Equal((new DateOnly(2013, 2, 4), new DateOnly(2017, 7, 4)), (avranches.First, avranches.Last));
        Assert.Equal("/conseils/avranches", avranches.Url);
    }

    [Fact]
    public async Task A_search_from_the_sites_own_council_finds_nothing_of_the_others()
    {
        var request = new SearchRequest("Avranches", SearchOrder.Newest, 0, 50);

        var home = await _store.QueryAsync(db => _store.Engine.SearchAsync(db, request, CancellationToken.None));
        var all = await _store.QueryAllAsync(db => _store.Engine.SearchAsync(db, request, CancellationToken.None));

        Assert.Empty(home.DecisionIds);
        Assert.NotEmpty(all.DecisionIds);
    }

    [Fact]
    public async Task Dated_minutes_are_identified_documents_and_undated_ones_kept_as_text()
    {
        var minutes = Named.Append("009").Select(p => Path.GetFileName(Repo.Minutes(p))).ToList();
        var statuses = await _store.QueryAllAsync(db => db.Documents.Where(d => minutes.Contains(d.FileName)).Select(d => d.Status).ToListAsync());
        Assert.Equal(minutes.Count, statuses.Count);
        Assert.DoesNotContain(ParseStatus.Unidentified, statuses);

        var folder = Directory.CreateTempSubdirectory("deliberations-undated-");
        try
        {
            var undated = Path.Combine(folder.FullName, "pv-sans-date.txt");
            await File.WriteAllTextAsync(undated, "PROCES-VERBAL DU CONSEIL MUNICIPAL\nSous la présidence de M. Jean DUPONT, Maire.\n1. Budget primitif\nLe conseil municipal adopte le budget.\n");
            Assert.Equal(1, (await _store.ImportForAsync("Commune de Nulle-Part", undated)).Unidentified);

            var stored = await _store.QueryAllAsync(db => db.Documents
                .Where(d => d.FileName == "pv-sans-date.txt")
                .Select(d => new { d.Status, Codes = d.Diagnostics.Select(x => x.Code).ToList(), Decisions = db.Decisions.Count(x => x.CurrentDocumentId == d.Id) })
                .SingleAsync());
            Assert.Equal(ParseStatus.Unidentified, stored.Status);
            Assert.Contains("import-minutes-undated", stored.Codes);
            Assert.Equal(0, stored.Decisions);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Expected(string prefix) => Directory.EnumerateFiles(Path.Combine(Repo.DataDir, "other-councils", "expected"), prefix + "_*.json").Single();
}
