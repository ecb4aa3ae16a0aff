using Deliberations.Web.Hosting;

namespace Deliberations.Web.Cli;

/// <summary>Runs the site.</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stderr)
    {
        var builder = WebApplication.CreateBuilder([.. args.HostArgs]);
        builder.AddSite();
        var app = builder.Build();
        app.UseSite();
        await app.RunAsync();
        return 0;
    }
}
