using Deliberations.Web.Data;
using Deliberations.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Support;

/// <summary>A real store (a SQLite file, or a PostgreSQL database: <see cref="TestEngine"/>) with the migrations applied, the services as the site registers them, deleted afterwards.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestStore(string path, string database, ServiceProvider services)
    {
        Path = path;
        Database = database;
        _services = services;
    }

    /// <summary>The SQLite file, or where it would be: its folder holds the test's files on every engine.</summary>
    public string Path { get; }

    /// <summary>What <c>--db</c> names: <see cref="Path"/>, or the PostgreSQL database.</summary>
    public string Database { get; }

    /// <param name="folder">Where the store's own folder is made: the system's temporary folder unless a test needs another disk.</param>
    /// <param name="exports">The folder of the export files, when not beside the store.</param>
    public static async Task<TestStore> CreateAsync(string? roster = null, string? folder = null, string? exports = null)
    {
        var path = System.IO.Path.Combine(folder ?? System.IO.Path.GetTempPath(), $"deliberations-test-{Guid.NewGuid():N}", "test.db");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var database = TestEngine.NewStore(path);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Deliberations:Database"] = database,
            ["Deliberations:Terms:0"] = "2015-01-01",
            ["Deliberations:Terms:1"] = "2020-07-02",
            ["Deliberations:MunicipalTerms:0"] = "2001-03-18",
            ["Deliberations:MunicipalTerms:1"] = "2008-03-16",
            ["Deliberations:MunicipalTerms:2"] = "2014-03-28",
            ["Deliberations:MunicipalTerms:3"] = "2020-05-23",
            ["Deliberations:Roster"] = roster,
            ["Deliberations:Exports"] = exports ?? path + ".exports",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddStorage(configuration).BuildServiceProvider();
        var store = new TestStore(path, database, services);
        await store.MigrateAsync();
        return store;
    }

    /// <summary>Applies the migrations up, or back, to <paramref name="migration"/>; all of them when null.</summary>
    public async Task MigrateAsync(string? migration = null)
    {
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<DeliberationsDb>().GetService<IMigrator>().MigrateAsync(migration);
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public IDatabaseEngine Engine => _services.GetRequiredService<IDatabaseEngine>();

    public async Task<ImportSummary> ImportAsync(params string[] paths)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(paths, null, CancellationToken.None);
    }

    /// <summary>Imports into the council <paramref name="council"/> names the documents that do not name theirs.</summary>
    public async Task<ImportSummary> ImportForAsync(string council, params string[] paths)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(paths, council, null, CancellationToken.None);
    }

    /// <summary>Runs a query that sees every council, as the import does.</summary>
    public async Task<T> QueryAllAsync<T>(Func<DeliberationsDb, Task<T>> query)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        db.Council = null;
        return await query(db);
    }

    /// <summary>Writes a file to import beside the store (deleted with it), and returns its path.</summary>
    public async Task<string> WriteFileAsync(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, name);
        await File.WriteAllBytesAsync(file, bytes);
        return file;
    }

    /// <summary>Writes a seed beside the store with each text replaced (each must be in it), and returns its path.</summary>
    public async Task<string> WriteChangedSeedAsync(string seed, string name, params (string Old, string New)[] replacements)
    {
        var text = await File.ReadAllTextAsync(Repo.Seed(seed));
        foreach (var (old, replacement) in replacements)
        {
            Assert.Contains(old, text, StringComparison.Ordinal);
            text = text.Replace(old, replacement, StringComparison.Ordinal);
        }

        return await WriteFileAsync(name, System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Runs a query on a fresh context, as a page would.</summary>
    public async Task<T> QueryAsync<T>(Func<DeliberationsDb, Task<T>> query)
    {
        await using var scope = Scope();
        return await query(scope.ServiceProvider.GetRequiredService<DeliberationsDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await TestEngine.DropAsync(Database);
        Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
    }
}
