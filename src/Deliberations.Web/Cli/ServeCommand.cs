using Deliberations.Web.Data;
using Deliberations.Web.Hosting;

namespace Deliberations.Web.Cli;

/// <summary>Runs the site.</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stderr)
    {
        // appsettings.json sits beside the executable, wherever it is started from; a host that names
        // its own content root (WebApplicationFactory, a deployment) keeps it.
        var ownRoot = args.HostArgs.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args.HostArgs], ContentRootPath = ownRoot ? null : AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(CliConfiguration.From(args));
        builder.AddSite();
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddHostedService<StoreInitializer>();
        var app = builder.Build();
        app.UseSite();
        await app.RunAsync();
        return 0;
    }
}
