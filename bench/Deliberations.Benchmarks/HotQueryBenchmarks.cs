using BenchmarkDotNet.Attributes;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Decisions;
using Deliberations.Web.Features.Officials;
using Deliberations.Web.Features.Search;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Benchmarks;

/// <summary>
/// The queries behind the pages the load tests hit, without HTTP or Razor, each on a fresh context
/// as a request would have: the decision page's, the search's full-text query, the official page's
/// two heaviest (the record its page shares with the API answer, the sittings). On the database named by
/// <c>DELIBERATIONS_BENCH_DB</c> (bench/run-queries.sh sets it), for the decision and official of
/// <c>DELIBERATIONS_BENCH_DECISION</c> and <c>DELIBERATIONS_BENCH_OFFICIAL</c> (a slug).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class HotQueryBenchmarks
{
    private ServiceProvider _services = null!;
    private IDatabaseEngine _engine = null!;
    private string _decision = "";
    /// <summary>The first page of each list, as the official's page reads them.</summary>
    private static readonly OfficialPages FirstPages = new(FirstPage, FirstPage);

    private string _officialSlug = "";
    private int _official;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Deliberations:Database"] = Required("DELIBERATIONS_BENCH_DB"),
        }).Build();
        _services = new ServiceCollection().AddLogging().AddStorage(configuration).BuildServiceProvider();
        _engine = _services.GetRequiredService<IDatabaseEngine>();
        _decision = Required("DELIBERATIONS_BENCH_DECISION");
        var slug = _officialSlug = Required("DELIBERATIONS_BENCH_OFFICIAL");
        _official = Query(db => db.Officials.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync()).GetAwaiter().GetResult();
    }

    /// <summary>Asynchronously: the SQLite engine is only IAsyncDisposable, and a synchronous dispose threw, which made BenchmarkDotNet report every figure as NA.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync() => await _services.DisposeAsync();

    [Benchmark]
    public Task<DecisionRecord?> DecisionPage() => Query(db => new DecisionQuery(db).RunAsync(_decision, CancellationToken.None));

    [Benchmark]
    public Task<IReadOnlyList<DecisionHit>> SearchCommonWord() => Search("convention");

    [Benchmark]
    public Task<IReadOnlyList<DecisionHit>> SearchName() => Search("Vessiller");

    [Benchmark]
    public Task<OfficialRecord?> OfficialSummary() => Query(db => new OfficialQuery(db).RunAsync(_officialSlug, FirstPages, CancellationToken.None));

    [Benchmark]
    public Task<object> OfficialSittings() => Query<object>(async db => await new OfficialQuery(db).SittingsAsync(_official, 1, Deliberations.Web.Features.Officials.DetailsModel.PageSize, CancellationToken.None));

    /// <summary>A search as its page makes it: the index's hits, then the decisions shown and their passages.</summary>
    private Task<IReadOnlyList<DecisionHit>> Search(string words) => Query(async db =>
    {
        var hits = await _engine.SearchAsync(db, new SearchRequest(words, SearchOrder.Newest, 0, Deliberations.Web.Features.Search.IndexModel.PageSize), CancellationToken.None);
        return await SearchedDecisions.LoadAsync(db, hits, CancellationToken.None);
    });

    private async Task<T> Query<T>(Func<DeliberationsDb, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DeliberationsDb>());
    }

    private static Paging FirstPage(int total) => Paging.Of(1, Deliberations.Web.Features.Officials.DetailsModel.PageSize, total);

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set: run bench/run-queries.sh");
}
