using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// The officials the seeds must give. expected-officials.txt was written from the extracts' own
/// attendance lists (read apart from this code base), with the five typing variants the issue names
/// folded into their official: 166 people for 2015-2020 (Casola left, Findrik arrived) and 150 for 2020-.
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

    private async Task<List<string>> AllNames() =>
        (await _store.QueryAsync(db => db.Officials.Select(o => o.Civility + " " + o.Surname).ToListAsync())).Distinct().ToList();
}
