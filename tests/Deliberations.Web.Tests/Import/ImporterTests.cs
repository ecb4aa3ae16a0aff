using System.Text;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Import;

public sealed class ImporterTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Seeds_import_as_five_decisions_with_their_parts()
    {
        var summary = await _store.ImportAsync(Repo.SeedsDir);

        Assert.Equal(5, summary.New);
        Assert.Equal(0, summary.Failed);
        var decisions = await _store.QueryAsync(db => db.Decisions.OrderBy(d => d.Number).Select(d => new { d.Number, d.PresentCount, d.ExcusedCount, d.UnexcusedCount, Attendance = d.Attendance.Count, Sitting = d.Sitting!.Date }).ToListAsync());
        Assert.Equal(["2018-3067", "2019-3364", "2019-3853", "2021-0801", "CP-2018-2133"], decisions.Select(d => d.Number));
        var cp = decisions.Single(d => d.Number == "CP-2018-2133");
        Assert.Equal((50, 2, 0, 52), (cp.PresentCount, cp.ExcusedCount, cp.UnexcusedCount, cp.Attendance));
        Assert.Equal(new DateOnly(2018, 1, 15), cp.Sitting);
        var d2021 = decisions.Single(d => d.Number == "2021-0801");
        Assert.Equal(150, d2021.Attendance);
    }

    [Fact]
    public async Task Importing_the_same_bytes_twice_changes_nothing()
    {
        await _store.ImportAsync(Repo.SeedsDir);
        var before = await Counts();

        var again = await _store.ImportAsync(Repo.SeedsDir);

        Assert.Equal(5, again.Unchanged);
        Assert.Equal(0, again.New + again.Updated + again.Failed);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task A_new_text_of_a_stored_decision_becomes_current_and_the_old_one_stays_readable()
    {
        var seed = Repo.Seed("003");
        await _store.ImportAsync(seed);
        var corrected = File.ReadAllText(seed).Replace("26 500 €", "27 500 €", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetDirectoryName(_store.Path)!, "2019-3853-corrige.txt");
        await File.WriteAllTextAsync(file, corrected);

        var summary = await _store.ImportAsync(file);

        Assert.Equal(1, summary.Updated);
        var versions = await _store.QueryAsync(db => db.Documents.Where(d => d.Decision!.Number == "2019-3853").OrderBy(d => d.Version).Select(d => new { d.Version, d.Text, d.FileName }).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Contains("26 500 €", versions[0].Text, StringComparison.Ordinal);
        var current = await _store.QueryAsync(db => db.Decisions.Where(d => d.Number == "2019-3853").Select(d => new { d.CurrentDocument!.Version, Amount = d.Imputations.Single().Amount, Attendance = d.Attendance.Count }).SingleAsync());
        Assert.Equal(2, current.Version);
        Assert.Equal(27500m, current.Amount);
        Assert.Equal(165, current.Attendance);
    }

    [Fact]
    public async Task Of_two_texts_of_one_sitting_in_one_import_the_one_written_last_is_current_whatever_their_names()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(_store.Path)!, "lot")).FullName;
        var original = File.ReadAllText(Repo.Seed("003"));
        var corrected = Path.Combine(folder, "2019-3853-a.txt");
        var first = Path.Combine(folder, "2019-3853.txt");
        await File.WriteAllTextAsync(first, original);
        await File.WriteAllTextAsync(corrected, original.Replace("26 500 €", "27 500 €", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(first, new DateTime(2019, 11, 6, 8, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(corrected, new DateTime(2019, 11, 7, 8, 0, 0, DateTimeKind.Utc));

        await _store.ImportAsync(folder);

        var current = await _store.QueryAsync(db => db.Decisions.Select(d => d.CurrentDocument!.FileName).SingleAsync());
        Assert.Equal("2019-3853-a.txt", current);
    }

    [Fact]
    public async Task A_text_of_an_earlier_sitting_imported_later_joins_the_history_without_replacing_the_current_one()
    {
        var seed = Repo.Seed("003");
        await _store.ImportAsync(seed);
        var earlier = File.ReadAllText(seed).Replace("Conseil du **4 novembre 2019**", "Conseil du **16 septembre 2019**", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetDirectoryName(_store.Path)!, "archive.txt");
        await File.WriteAllTextAsync(file, earlier);

        var summary = await _store.ImportAsync(file);

        Assert.Equal(1, summary.Updated);
        var stored = await _store.QueryAsync(db => db.Decisions.Select(d => new
        {
            Current = d.CurrentDocument!.FileName,
            Sitting = d.Sitting!.Date,
            Versions = d.Versions.Count,
            Note = d.Versions.SelectMany(v => v.Diagnostics).Any(x => x.Code == "import-earlier-version"),
        }).SingleAsync());
        Assert.Equal((Path.GetFileName(seed), new DateOnly(2019, 11, 4), 2, true), (stored.Current, stored.Sitting, stored.Versions, stored.Note));
        var versions = await _store.QueryAsync(db => db.Documents.OrderBy(d => d.Version).Select(d => d.FileName).ToListAsync());
        Assert.Equal(["archive.txt", Path.GetFileName(seed)], versions);
        await StoreInvariants.AssertHeldAsync(_store);
    }

    [Fact]
    public async Task A_document_the_parser_cannot_identify_is_stored_with_its_text_and_diagnostics()
    {
        var file = Path.Combine(Path.GetDirectoryName(_store.Path)!, "junk.txt");
        await File.WriteAllBytesAsync(file, [.. Encoding.UTF8.GetBytes("Compte rendu sommaire\n\nLe maire ouvre la seance.\n"), 0x00, 0xFF, 0xFE]);

        var summary = await _store.ImportAsync(file);

        Assert.Equal(1, summary.Unidentified);
        var stored = await _store.QueryAsync(db => db.Documents.Include(d => d.Diagnostics).SingleAsync());
        Assert.Equal(ParseStatus.Unidentified, stored.Status);
        Assert.Null(stored.DecisionId);
        Assert.Contains("Le maire ouvre la seance.", stored.Text, StringComparison.Ordinal);
        Assert.Contains(stored.Diagnostics, d => d.Code == "missing-number");
    }

    [Fact]
    public async Task A_missing_file_is_reported_and_does_not_stop_the_others()
    {
        var summary = await _store.ImportAsync("/nonexistent/extract.txt", Repo.Seed("000"));

        Assert.Equal(1, summary.Failed);
        Assert.Equal(1, summary.New);
        Assert.Equal("/nonexistent/extract.txt", summary.Results.Single(r => r.Outcome == ImportOutcome.Failed).File);
    }

    [Theory]
    [InlineData("donnees personnelles", "2018-3067")]
    [InlineData("interconnectes", "2019-3853")]
    [InlineData("Kimelfeld laboratoire", "CP-2018-2133")]
    [InlineData("DatAgora", "2021-0801")]
    public async Task Full_text_search_ignores_accents_and_finds_the_decision(string query, string number)
    {
        await _store.ImportAsync(Repo.SeedsDir);

        var hits = await Search(query);

        Assert.Equal(number, hits.First());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b) OR title:x AND (")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE Decisions; --")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Any_input_is_a_safe_search(string query)
    {
        await _store.ImportAsync(Repo.SeedsDir);

        var hits = await Search(query + new string('x', 5000));

        Assert.NotNull(hits);
        Assert.Equal(5, await _store.QueryAsync(db => db.Decisions.CountAsync()));
    }

    [SqliteFact("compares sqlite_master")]
    public async Task An_import_into_an_empty_store_leaves_the_schema_the_migrations_make()
    {
        await _store.ImportAsync(Repo.SeedsDir);

        Assert.Equal(await MigratedSchema(), await Schema(_store));
    }

    [SqliteFact("compares sqlite_master")]
    public async Task An_import_killed_before_the_index_by_official_was_built_has_it_put_back_by_the_next_one()
    {
        await _store.ImportAsync(Repo.SeedsDir);
        await DropIndexByOfficial();

        var again = await _store.ImportAsync(Repo.SeedsDir);

        Assert.Equal(5, again.Unchanged);
        Assert.Equal(await MigratedSchema(), await Schema(_store));
    }

    [SqliteFact("compares sqlite_master")]
    public async Task Restoring_puts_back_the_index_by_official_a_killed_import_left_out()
    {
        await _store.ImportAsync(Repo.SeedsDir);
        await DropIndexByOfficial();

        await _store.QueryAsync(async db =>
        {
            await DeferredIndexes.RestoreAsync(db, _store.Engine, CancellationToken.None);
            return 0;
        });

        Assert.Equal(await MigratedSchema(), await Schema(_store));
    }

    private Task<int> DropIndexByOfficial() =>
        _store.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Attendance_OfficialId_DecisionId\""));

    private static async Task<List<string>> MigratedSchema()
    {
        await using var migrated = await TestStore.CreateAsync();
        return await Schema(migrated);
    }

    /// <summary>The planner's statistics (<c>sqlite_stat1</c>, written by every import) are data about the rows, not schema.</summary>
    private static Task<List<string>> Schema(TestStore store) =>
        store.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT type || ' ' || name || ' ' || tbl_name || ' ' || COALESCE(sql, '') AS \"Value\" FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name").ToListAsync());

    private Task<List<string>> Search(string query) => _store.QueryAsync(async db =>
    {
        await using var scope = _store.Scope();
        var engine = scope.ServiceProvider.GetRequiredService<IDatabaseEngine>();
        var hits = await engine.SearchAsync(db, new SearchRequest(query, SearchOrder.Relevant, 0, 10), CancellationToken.None);
        var ids = hits.DecisionIds;
        var numbers = await db.Decisions.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Number);
        return ids.Select(id => numbers[id]).ToList();
    });

    private Task<(int, int, int, int, int)> Counts() => _store.QueryAsync(async db => (
        await db.Documents.CountAsync(),
        await db.Decisions.CountAsync(),
        await db.Attendance.CountAsync(),
        await db.Officials.CountAsync(),
        await db.Spellings.CountAsync()));
}
