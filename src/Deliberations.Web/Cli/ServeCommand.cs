using Deliberations.Web.Data;
using Deliberations.Web.Hosting;

namespace Deliberations.Web.Cli;

/// <summary>Runs the site; a store it cannot open or bring up to date at start is said in one French line, exit 1 (the service manager starts it again).</summary>
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
        // Asked for before the run: a host that fails to start is disposed with its services.
        var engine = app.Services.GetRequiredService<IDatabaseEngine>();
        try
        {
            await app.RunAsync();
        }
        catch (Exception ex) when (engine.StorageFailure(ex) is { } message)
        {
            await stderr.WriteLineAsync($"Le site ne peut pas démarrer : {message}");
            return 1;
        }

        return 0;
    }
}
