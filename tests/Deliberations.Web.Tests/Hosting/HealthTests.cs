using System.Net;
using Deliberations.Web.Data;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Hosting;

public class HealthTests
{
    [Fact]
    public async Task A_store_that_answers_with_a_current_schema_is_healthy()
    {
        using var site = new SiteFactory();

        using var answer = await site.CreateClient().GetAsync(new Uri("/sante", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Healthy", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_store_behind_this_version_s_schema_is_unhealthy_at_once()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/sante", UriKind.Relative))).StatusCode);

        // As if the last migration had not run: the node must leave the pool, not serve errors.
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
            var last = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        }

        using var answer = await client.GetAsync(new Uri("/sante", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("Unhealthy", await answer.Content.ReadAsStringAsync());
    }
}
