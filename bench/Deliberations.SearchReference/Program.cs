using System.Globalization;
using Deliberations.SearchReference;

// The reference for the search figure: the site's FTS5 queries run straight on the database file.
// Usage: Deliberations.SearchReference DB QUERIES [clients=8] [seconds=10] [warm-up seconds=2]
// Prints one JSON line: requests, rps and latency percentiles in ms, like bench/wrk-report.lua.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Deliberations.SearchReference DB QUERIES [clients] [seconds] [warmup]");
    return 2;
}

var queries = File.ReadAllLines(args[1]).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;
var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 10;
var warmup = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 2;
Console.WriteLine(LoadRun.Run(args[0], queries, clients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds)));
return 0;
