using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Features.Councils;

/// <summary>The seeds, and beside them the real minutes of Avranches (four sittings) and of Illats (one): the site's own council and two others.</summary>
public sealed class OtherCouncilsSite : SiteFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        string[] files = [.. new[] { "001", "002", "003", "004", "010" }.Select(Repo.Minutes)];
        await using var scope = Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(files, null, CancellationToken.None);
        Assert.Equal(0, summary.Failed);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
