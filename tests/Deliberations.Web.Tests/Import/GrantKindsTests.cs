using Deliberations.Core.Model;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// Grants stored before the parser read their kind (the <c>GrantKind</c> migration leaves them null) get
/// it from the texts the store keeps, once, and the same as an import of today stores.
/// </summary>
public sealed class GrantKindsTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        await _store.ImportAsync(Repo.SeedsDir);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Grants_stored_without_a_kind_get_the_kind_an_import_of_today_stores()
    {
        var imported = await Kinds();
        // Hand-read in the seeds: the FING's partnership convention (2018-3067) pays a participation, 2019-3853 a subvention.
        Assert.Equal([("2018-3067", BeneficiaryKind.Participation), ("2019-3853", BeneficiaryKind.Grant)], imported);

        await _store.QueryAsync(db => db.Grants.ExecuteUpdateAsync(u => u.SetProperty(g => g.Kind, (BeneficiaryKind?)null)));
        Assert.All(await Kinds(), k => Assert.Null(k.Kind));

        Assert.Equal(2, await _store.QueryAsync(db => GrantKinds.FillAsync(db, CancellationToken.None)));
        Assert.Equal(imported, await Kinds());
        Assert.Equal(0, await _store.QueryAsync(db => GrantKinds.FillAsync(db, CancellationToken.None)));
    }

    private Task<List<(string Number, BeneficiaryKind? Kind)>> Kinds() =>
        _store.QueryAsync(async db => (await db.Grants.OrderBy(g => g.Decision!.Number).Select(g => new { g.Decision!.Number, g.Kind }).ToListAsync())
            .Select(g => (g.Number, g.Kind)).ToList());
}
