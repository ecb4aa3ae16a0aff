using System.Data.Common;
using Deliberations.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// The site with a count of the SQL commands it runs: a page whose count grows with the data runs a
/// query per row (N+1), which no timing on a shared machine would show as reliably.
/// </summary>
public class CountingSiteFactory : SiteFactory
{
    public SqlCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // What is counted is a render: a page served from the cache runs no SQL at all.
        builder.UseSetting("Deliberations:PageCache:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Commands));
    }

    /// <summary>How many SQL commands one request for <paramref name="url"/> runs.</summary>
    public async Task<(HtmlPage Page, int Commands)> GetCountedAsync(string url)
    {
        var client = CreateClient();
        Commands.Reset();
        var page = await HtmlPage.GetAsync(client, url);
        return (page, Commands.Count);
    }
}

/// <summary>Counts every command EF Core sends, whatever its kind.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
