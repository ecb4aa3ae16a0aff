namespace Deliberations.Web.Cli;

/// <summary>
/// The verbs of the one executable (docs/spec/cli.md): <c>serve</c> (default), <c>import</c>, <c>parse</c>, <c>backup</c>, <c>move</c>.
/// Unknown verbs and options print the usage and exit 2.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage:
          deliberations [serve] [--db PATH] [--seeds DIR] [--urls URLS]   run the site
          deliberations import PATH... [--db PATH]                        import extracts (files or folders)
          deliberations parse FILE...                                     print what the parser understood, as JSON
          deliberations backup FILE [--db PATH]                           write a consistent copy of the store, even while it serves
          deliberations move TARGET [--db PATH]                           import every text the store keeps into another store
        DELIBERATIONS_DB in the environment is the same as --db.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args);
        if (parsed.Error is { } error)
        {
            await stderr.WriteLineAsync(error);
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        return parsed.Verb switch
        {
            "parse" => await ParseCommand.RunAsync(parsed.Paths, stdout, stderr),
            "import" => await ImportCommand.RunAsync(parsed, stdout, stderr),
            "serve" => await ServeCommand.RunAsync(parsed, stderr),
            "backup" => await BackupCommand.RunAsync(parsed, stdout, stderr),
            "move" => await MoveCommand.RunAsync(parsed, stdout, stderr),
            _ => throw new InvalidOperationException($"Unhandled verb {parsed.Verb}"),
        };
    }
}
