using Deliberations.Web.Data;
using Deliberations.Web.Features.Search;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Data;

/// <summary>
/// A store made before sources were compressed and the search index kept no text: what it holds
/// reads the same once migrated, and it is searched as before.
/// </summary>
public sealed class EarlierStoreTests : IAsyncLifetime
{
    /// <summary>The last migration before <c>CompressedSources</c> and <c>ContentlessSearchIndex</c>.</summary>
    private const string BeforeCompression = "20261203015920_BudgetTablesByDecisionAndPosition";

    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        // Imported by this version, then taken back to the earlier schema and written as the
        // earlier version wrote it: each source as plain text, the index with its own copy of the words.
        _store = await TestStore.CreateAsync();
        await _store.ImportAsync(Repo.SeedsDir);
        var texts = await _store.QueryAsync(db => db.Documents.Select(d => new { d.Id, d.Text }).ToListAsync());
        var entries = await _store.QueryAsync(db => db.Decisions.Select(d => new
        {
            d.Id,
            d.Number,
            d.Title,
            Report = d.ReportText ?? d.CurrentDocument!.Text.Substring(d.ReportStart, d.ReportLength),
            Articles = d.Articles.OrderBy(a => a.Position).Select(a => new { a.Number, a.Text }).ToList(),
        }).ToListAsync());
        await _store.MigrateAsync(BeforeCompression);
        foreach (var document in texts)
        {
            await _store.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Documents\" SET \"Text\" = {document.Text} WHERE \"Id\" = {document.Id}"));
        }

        await _store.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM decision_search"));
        foreach (var d in entries)
        {
            var body = SearchBody.Of(d.Report, d.Articles.Select(a => (a.Number, a.Text)));
            await _store.QueryAsync(db => db.Database.ExecuteSqlAsync($"INSERT INTO decision_search(rowid, number, title, body, people, projects) VALUES ({d.Id}, {d.Number}, {d.Title}, {body}, '', '')"));
        }
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Sources_written_as_text_read_the_same_after_the_migration()
    {
        var before = await Sources();
        Assert.All(await StorageClasses(), c => Assert.Equal("text", c));

        await _store.MigrateAsync();

        Assert.Equal(before, await Sources());
        Assert.All(await StorageClasses(), c => Assert.Equal("text", c));
    }

    [Fact]
    public async Task The_index_is_searched_as_before_and_shows_passages()
    {
        // The earlier schema is read by FTS5 directly: the site's search orders by columns it did not have yet.
        var before = await _store.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT d.\"Number\" AS \"Value\" FROM decision_search JOIN \"Decisions\" AS d ON d.\"Id\" = decision_search.rowid WHERE decision_search MATCH 'subvention'")
            .ToListAsync());
        Assert.NotEmpty(before);

        await _store.MigrateAsync();

        var after = await Search("subvention");
        Assert.Equal(before.Order(), after.Select(h => h.Decision.Number).Order());
        Assert.All(after, h => Assert.Contains("<mark>", h.SnippetHtml, StringComparison.Ordinal));
        var copy = await _store.QueryAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'decision_search_content'").SingleAsync());
        Assert.Equal(0, copy);
    }

    [Fact]
    public async Task A_document_imported_after_the_migration_is_stored_compressed_and_reads_back()
    {
        await _store.MigrateAsync();
        var seed = Repo.Seed("003");
        var corrected = await _store.WriteFileAsync("corrige.txt", System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(seed).Replace("26 500 €", "27 500 €", StringComparison.Ordinal)));

        await _store.ImportAsync(corrected);

        var newest = await _store.QueryAsync(db => db.Documents.OrderByDescending(d => d.Id).Select(d => d.Text).FirstAsync());
        Assert.Contains("27 500 €", newest, StringComparison.Ordinal);
        Assert.Contains("blob", await StorageClasses());
    }

    private Task<List<string>> Sources() => _store.QueryAsync(db => db.Documents.OrderBy(d => d.Id).Select(d => d.Text).ToListAsync());

    private Task<List<string>> StorageClasses() =>
        _store.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT typeof(\"Text\") AS \"Value\" FROM \"Documents\" ORDER BY \"Id\"").ToListAsync());

    private Task<IReadOnlyList<DecisionHit>> Search(string words) => _store.QueryAsync(async db =>
    {
        await using var scope = _store.Scope();
        var hits = await scope.ServiceProvider.GetRequiredService<IDatabaseEngine>().SearchAsync(db, new SearchRequest(words, SearchOrder.Newest, 0, 10), CancellationToken.None);
        return await SearchedDecisions.LoadAsync(db, hits, CancellationToken.None);
    });
}
