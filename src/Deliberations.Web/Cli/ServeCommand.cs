namespace Deliberations.Web.Cli;

/// <summary>Runs the site.</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stderr)
    {
        var builder = WebApplication.CreateBuilder([.. args.HostArgs]);
        var app = builder.Build();
        app.MapGet("/", () => Results.Text("Délibérations", "text/plain; charset=utf-8"));
        await app.RunAsync();
        return 0;
    }
}
