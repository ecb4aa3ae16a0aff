using Deliberations.Web.Features.Projects;
using Deliberations.Web.Features.Shared.Paging;
using Deliberations.Web.Tests.Support;
using Deliberations.Web.Tests.Support.Registers;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Features.Projects;

/// <summary>
/// An organisation's grants, read a page at a time by the read model its page, API answer, feed and
/// exports share, on a register from the foreign generator (one association funded again and again):
/// every grant once, newest sitting first, and the exports' stream holds the same grants.
/// </summary>
public sealed class FundingPagesTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        var folder = Path.Combine(Path.GetDirectoryName(_store.Path)!, "register");
        await new ForeignRegister(20261204).WriteAsync(folder, 90);
        await _store.ImportAsync(folder);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Pages_of_an_organisation_give_every_grant_once_newest_sitting_first()
    {
        var (slug, expected) = await _store.QueryAsync(async db =>
        {
            var organisation = await db.Organisations.OrderByDescending(o => o.Grants.Count).FirstAsync();
            var numbers = await db.Grants.Where(g => g.OrganisationId == organisation.Id)
                .OrderByDescending(g => g.Decision!.SittingDate).ThenByDescending(g => g.Decision!.Number)
                .Select(g => g.Decision!.Number)
                .ToListAsync();
            return (organisation.Slug, numbers);
        });
        Assert.True(expected.Count > 20, $"only {expected.Count} grants to walk");

        var walked = new List<string>();
        OrganisationRecord? record = null;
        for (var page = 1; ; page++)
        {
            record = await _store.QueryAsync(db => new FundingQuery(db).OrganisationAsync(slug, total => new Paging(page, 8, total), CancellationToken.None));
            Assert.NotNull(record);
            Assert.Equal(expected.Count, record.Grants.Paging.Total);
            if (record.Grants.Items.Count == 0)
            {
                break;
            }

            walked.AddRange(record.Grants.Items.Select(g => g.Decision.Number));
        }

        Assert.Equal(expected, walked);
        var stored = await _store.QueryAsync(db => db.Grants.Where(g => g.Organisation!.Slug == slug).Select(g => g.Amount).ToListAsync());
        Assert.Equal(stored.Where(a => a is not null).Sum(), record!.Total);
        Assert.All(await _store.QueryAsync(db => db.Grants.Select(g => g.Kind).ToListAsync()), kind => Assert.NotNull(kind));
    }

    [Fact]
    public async Task The_exports_stream_holds_each_grant_once_oldest_first()
    {
        var all = await _store.QueryAsync(async db =>
        {
            var grants = new List<GrantMention>();
            await foreach (var g in new FundingQuery(db).AllGrants())
            {
                grants.Add(g);
            }

            return grants;
        });
        var count = await _store.QueryAsync(db => db.Grants.CountAsync());

        Assert.Equal(count, all.Count);
        Assert.Equal(all.Select(g => g.Decision.Date).Order(), all.Select(g => g.Decision.Date));
    }
}
