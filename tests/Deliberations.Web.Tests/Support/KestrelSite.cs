namespace Deliberations.Web.Tests.Support;

/// <summary>The site on a real Kestrel port (<see cref="SiteFactory.StartKestrel"/>), started once for a test class.</summary>
public class KestrelSite : SiteFactory, IAsyncLifetime
{
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public virtual Task InitializeAsync()
    {
        BaseAddress = StartKestrel();
        return Task.CompletedTask;
    }

    /// <summary>A client of the real server, which sends each request as HttpClient writes it.</summary>
    public HttpClient CreateKestrelClient() => new() { BaseAddress = BaseAddress };

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
