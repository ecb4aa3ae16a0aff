namespace Deliberations.Web.Cli;

/// <summary>The command line, read once: verb, paths and the options of docs/spec/cli.md.</summary>
/// <param name="Council">For <c>import</c>: the council of the documents that do not print its name (<c>--conseil</c>).</param>
public sealed record CliArguments(string Verb, IReadOnlyList<string> Paths, string? Db, string? Seeds, IReadOnlyList<string> HostArgs, string? Error, string? Council = null)
{
    private static readonly string[] Verbs = ["serve", "import", "parse", "backup", "move"];

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var verb = "serve";
        var start = 0;
        if (args.Count > 0 && !args[0].StartsWith('-'))
        {
            verb = args[0];
            start = 1;
            if (!Verbs.Contains(verb))
            {
                return Fail($"verbe inconnu : {verb}");
            }
        }

        var paths = new List<string>();
        var hostArgs = new List<string>();
        string? db = Environment.GetEnvironmentVariable("DELIBERATIONS_DB");
        string? seeds = null;
        string? council = null;
        for (var i = start; i < args.Count; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "--db" or "--seeds" or "--urls" or "--conseil" when i + 1 >= args.Count:
                    return Fail($"{a} attend une valeur");
                case "--db":
                    db = args[++i];
                    break;
                case "--conseil" when verb == "import":
                    council = args[++i];
                    if (string.IsNullOrWhiteSpace(council))
                    {
                        return Fail("--conseil attend le nom d'un conseil, « Commune d'Ouzous » par exemple");
                    }

                    break;
                case "--seeds" when verb == "serve":
                    seeds = args[++i];
                    break;
                case "--urls" when verb == "serve":
                    hostArgs.Add("--urls");
                    hostArgs.Add(args[++i]);
                    break;
                case "--":
                    paths.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal) && verb == "serve" && a.Contains('=', StringComparison.Ordinal))
                    {
                        // ASP.NET Core's own --key=value options pass through to the host.
                        hostArgs.Add(a);
                    }
                    else if (a.StartsWith('-') && a != "-")
                    {
                        return Fail($"option inconnue : {a}");
                    }
                    else
                    {
                        paths.Add(a);
                    }

                    break;
            }
        }

        if (db is not null && StoreLocation.Problem(db) is { } problem)
        {
            return Fail(problem);
        }

        if (verb is "parse" or "import" && paths.Count == 0)
        {
            return Fail($"{verb} attend au moins un chemin (fichier ou dossier)");
        }

        if (verb == "backup" && paths.Count != 1)
        {
            return Fail("backup attend un fichier de destination, un seul");
        }

        if (verb == "move" && paths.Count != 1)
        {
            return Fail("move attend une base de destination, une seule (fichier SQLite ou adresse PostgreSQL)");
        }

        if (verb == "move" && StoreLocation.Problem(paths[0]) is { } target)
        {
            return Fail(target);
        }

        if (verb == "serve" && paths.Count > 0)
        {
            return Fail($"argument inattendu : {paths[0]}");
        }

        return new CliArguments(verb, paths, db, seeds, hostArgs, null, council);

        static CliArguments Fail(string message) => new("", [], null, null, [], message);
    }
}
