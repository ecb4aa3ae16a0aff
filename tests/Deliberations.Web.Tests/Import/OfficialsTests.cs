using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// The officials the seeds must give. expected-officials.txt was written from the extracts' own
/// attendance lists (read apart from this code base), with the five typing variants the issue names
/// folded into their official: 166 people for 2015-2020 (Casola left, Findrik arrived) and 150 for 2020-.
/// How often each spelling is printed is kept with each document stored, and the spelling printed
/// most often names the official: the seeds print M. Rantonnet twice (2018-3067, 2019-3853) and once
/// with a slip, "Rantonnnet" (2019-3364).
/// </summary>
public sealed class OfficialsTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        await _store.ImportAsync(Repo.SeedsDir);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task The_seeds_give_exactly_the_expected_officials()
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Import", "expected-officials.txt"))
            .Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToList();

        var actual = (await _store.QueryAsync(db => db.Officials.Select(o => new { o.TermStart, o.Civility, o.Surname }).ToListAsync()))
            .Select(o => $"{o.TermStart.Year} {o.Civility} {o.Surname}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("M.", "Rantonnet", "Rantonnnet")]
    [InlineData("Mme", "Gailliot", "Gailliout")]
    [InlineData("M.", "Moroge", "Morige")]
    [InlineData("M.", "Llung", "Lung")]
    [InlineData("M.", "Guillard", "Guiland")]
    public async Task Typing_variants_join_their_official_with_a_stored_reason(string civility, string official, string variant)
    {
        var spellings = await _store.QueryAsync(db => db.Officials
            .Where(o => o.TermStart == new DateOnly(2015, 1, 1) && o.Civility == civility && o.Surname == official)
            .SelectMany(o => o.Spellings).ToListAsync());

        // Whichever spelling came first founded the record; the other one carries the reason they were joined.
        Assert.Equal([official, variant], spellings.Select(s => s.Spelling).Order(StringComparer.Ordinal).OrderBy(s => s != official));
        Assert.Single(spellings, s => s.Reason.StartsWith("Variante de", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("M. David", "Mme David")]
    [InlineData("M. Millet", "Mme Millet")]
    [InlineData("M. Cochet", "Mme Cochet")]
    [InlineData("M. Barral", "M. Barla")]
    [InlineData("M. Martin", "M. Marion")]
    [InlineData("M. Martin", "M. Marguin")]
    [InlineData("M. Butin", "M. Blein")]
    public async Task Different_people_stay_apart(string one, string other)
    {
        var names = await AllNames();

        Assert.Contains(one, names);
        Assert.Contains(other, names);
    }

    [Fact]
    public async Task The_same_name_in_two_terms_is_two_records()
    {
        var bernards = await _store.QueryAsync(db => db.Officials.Where(o => o.Surname == "Bernard").OrderBy(o => o.TermStart).Select(o => new { o.Slug, o.FirstName, o.PersonKey }).ToListAsync());

        Assert.Equal(["m-bernard-2015", "m-bernard-2020"], bernards.Select(b => b.Slug));
        Assert.Null(bernards[0].FirstName);
        Assert.Equal("Bruno", bernards[1].FirstName);
        Assert.All(bernards, b => Assert.Null(b.PersonKey));
    }

    [Fact]
    public async Task Full_names_in_the_header_give_a_first_name_within_the_term()
    {
        var named = await _store.QueryAsync(db => db.Officials.Where(o => o.FirstName != null).Select(o => new { o.Slug, o.FirstName }).ToDictionaryAsync(o => o.Slug, o => o.FirstName));

        Assert.Equal("Émeline", named["mme-baume-2020"]);
        Assert.Equal("David", named["m-kimelfeld-2015"]);
        Assert.Equal("Michaël", named["m-maire-2020"]);
        Assert.False(named.ContainsKey("mme-baume-2015"));
    }

    [Fact]
    public async Task Proxies_link_the_absent_official_to_the_holder()
    {
        var proxies = await _store.QueryAsync(db => db.Attendance
            .Where(a => a.Decision!.Number == "2021-0801" && a.ProxyHolderId != null)
            .Select(a => new { Giver = a.Official!.Surname, Holder = a.ProxyHolder!.Surname }).ToListAsync());

        Assert.Equal(29, proxies.Count);
        Assert.Contains(proxies, p => p.Giver == "Kabalo" && p.Holder == "Prost");
        Assert.Equal(2, proxies.Count(p => p.Holder == "Collin"));
    }

    [Fact]
    public async Task A_slip_printed_once_is_counted_and_does_not_name_the_official()
    {
        Assert.Equal(new Dictionary<string, int> { ["Rantonnet"] = 2, ["Rantonnnet"] = 1 }, await RantonnetSpellings());
        Assert.Equal("Rantonnet", await RantonnetName());
        await StoreInvariants.AssertHeldAsync(_store);
    }

    [Fact]
    public async Task A_new_version_takes_its_old_lines_spellings_away_and_the_spelling_printed_most_often_names_the_official()
    {
        // 2019-3853 printed again with the slip: Rantonnet 1, Rantonnnet 2.
        var file = await _store.WriteChangedSeedAsync("003", "2019-3853-v2.txt", ("Rabehi, Rantonnet,", "Rabehi, Rantonnnet,"));

        Assert.Equal(1, (await _store.ImportAsync(file)).Updated);

        Assert.Equal(new Dictionary<string, int> { ["Rantonnet"] = 1, ["Rantonnnet"] = 2 }, await RantonnetSpellings());
        Assert.Equal("Rantonnnet", await RantonnetName());
        await StoreInvariants.AssertHeldAsync(_store);
    }

    [Fact]
    public async Task A_split_counts_the_lines_that_move_to_the_new_record()
    {
        // A new decision of the same sitting lists both spellings: the slip was someone else, and
        // the earlier line printed "Rantonnnet" moves to that person's own record.
        var file = await _store.WriteChangedSeedAsync("003", "2019-3999.txt", ("2019-3853", "2019-3999"), ("Rabehi, Rantonnet,", "Rabehi, Rantonnet, Rantonnnet,"));

        Assert.Equal(1, (await _store.ImportAsync(file)).New);

        Assert.Equal(new Dictionary<string, int> { ["Rantonnet"] = 3 }, await RantonnetSpellings());
        var other = await _store.QueryAsync(db => db.Spellings.Where(s => s.Spelling == "Rantonnnet").Select(s => new { s.Printed, s.OfficialId }).SingleAsync());
        Assert.Equal(2, other.Printed);
        Assert.Equal("Rantonnnet", await _store.QueryAsync(db => db.Officials.Where(o => o.Id == other.OfficialId).Select(o => o.Surname).SingleAsync()));
        await StoreInvariants.AssertHeldAsync(_store);
    }

    [Fact]
    public async Task The_same_bytes_again_count_nothing_and_name_no_one_again()
    {
        // A count neither a difference nor a recount would leave as it is, and the name it would give.
        await _store.QueryAsync(db => db.Spellings.Where(s => s.Spelling == "Rantonnnet").ExecuteUpdateAsync(u => u.SetProperty(s => s.Printed, 999)));

        Assert.Equal(5, (await _store.ImportAsync(Repo.SeedsDir)).Unchanged);

        Assert.Equal(new Dictionary<string, int> { ["Rantonnet"] = 2, ["Rantonnnet"] = 999 }, await RantonnetSpellings());
        Assert.Equal("Rantonnet", await RantonnetName());
    }

    private Task<Dictionary<string, int>> RantonnetSpellings() =>
        _store.QueryAsync(db => db.Officials.Where(o => o.Slug == "m-rantonnet-2015").SelectMany(o => o.Spellings).ToDictionaryAsync(s => s.Spelling, s => s.Printed));

    private Task<string> RantonnetName() =>
        _store.QueryAsync(db => db.Officials.Where(o => o.Slug == "m-rantonnet-2015").Select(o => o.Surname).SingleAsync());

    private async Task<List<string>> AllNames() =>
        (await _store.QueryAsync(db => db.Officials.Select(o => o.Civility + " " + o.Surname).ToListAsync())).Distinct().ToList();
}
