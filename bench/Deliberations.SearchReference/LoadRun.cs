using System.Diagnostics;
using System.Globalization;
using Deliberations.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace Deliberations.SearchReference;

/// <summary>
/// Clients in parallel, each a thread with its own connection, cycling through the queries for a
/// fixed time, as wrk's connections cycle through them against the site; every query timed.
/// </summary>
internal static class LoadRun
{
    public static string Run(string database, IReadOnlyList<string> queries, int clients, TimeSpan warmup, TimeSpan duration)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString();

        // Read before the clients start, as the site has read them before its first measured search.
        var terms = new IndexTerms(connectionString);
        terms.Load();
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, clients).Select(client => new Thread(() =>
        {
            using var search = new FtsSearch(connectionString, terms);
            var own = latencies[client] = [];
            var end = warmup + duration;

            // Each client starts at its own place in the list, as each wrk thread does.
            for (var i = client * queries.Count / clients; clock.Elapsed < end; i++)
            {
                var start = Stopwatch.GetTimestamp();
                search.Run(queries[i % queries.Count]);
                if (clock.Elapsed > warmup)
                {
                    own.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"requests":{{all.Length}},"seconds":{{duration.TotalSeconds}},"rps":{{all.Length / duration.TotalSeconds:F1}},"p50_ms":{{Percentile(all, 50):F3}},"p95_ms":{{Percentile(all, 95):F3}},"p99_ms":{{Percentile(all, 99):F3}},"errors":0}""");
    }

    /// <summary>Nearest rank, as wrk reports its percentiles.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
