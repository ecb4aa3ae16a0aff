using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// The site as the tests see it: the real Program, started through its command line, with a fresh
/// SQLite file of its own and the repository's seeds.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public const string DatabaseKey = "Deliberations:Database";
    public const string SeedsKey = "Deliberations:Seeds";
    public const string ExportsKey = "Deliberations:Exports";
    public const string VersionCheckKey = "Deliberations:PageCache:VersionCheckInterval";
    public const string RateLimitsKey = "Deliberations:RateLimits:Enabled";

    private readonly DirectoryInfo _tempDir = Directory.CreateTempSubdirectory("deliberations-tests-");
    private string? _database;

    /// <summary>A path no other factory uses, so tests running in parallel never share a database.</summary>
    public string DatabasePath => Path.Combine(_tempDir.FullName, "deliberations.db");

    /// <summary>What <c>--db</c> names: <see cref="DatabasePath"/>, or a database of its own on the test server (<see cref="TestEngine"/>).</summary>
    public string Database => _database ??= TestEngine.NewStore(DatabasePath);

    /// <summary>
    /// Starts the site on a free port of a real Kestrel rather than in memory, for what only a real server
    /// does (its limits, the body it leaves out of a HEAD answer, the Host header as sent); returns its address.
    /// </summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DatabaseKey, Database);
        builder.UseSetting(ExportsKey, DatabasePath + ".exports");
        builder.UseSetting(SeedsKey, Repo.SeedsDir);

        // Tests write to the database between requests: a page must never lag behind, even by the second production allows.
        builder.UseSetting(VersionCheckKey, "00:00:00");

        // A test class sends hundreds of requests in seconds, all from one client: the limits have their own tests (Http/RateLimitTests).
        builder.UseSetting(RateLimitsKey, "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (_database is not null)
            {
                TestEngine.DropAsync(_database).GetAwaiter().GetResult();
            }

            try
            {
                _tempDir.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by SQLite is left to the system's temp cleaning rather than failing a test.
            }
        }
    }
}
