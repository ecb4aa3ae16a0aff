namespace Deliberations.Web.Hosting.RateLimiting;

/// <summary>
/// The <c>Deliberations:RateLimits</c> configuration section: how many requests one client may send to
/// what costs the most (the search, the JSON API, the CSV exports), in a burst and then per minute.
/// Far above what a reader clicking through the site or a script paging politely ever sends.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Deliberations:RateLimits";

    /// <summary>Off when a reverse proxy already limits, or to load-test the site from one address (<c>bench/</c> does).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The search page and <c>/api/recherche</c>: each one runs a full-text query.</summary>
    public ClientLimit Search { get; set; } = new() { Burst = 30, PerMinute = 60 };

    /// <summary>The rest of <c>/api</c>.</summary>
    public ClientLimit Api { get; set; } = new() { Burst = 120, PerMinute = 300 };

    /// <summary><c>/export/*.csv</c>: each one reads a whole table of the register.</summary>
    public ClientLimit Exports { get; set; } = new() { Burst = 10, PerMinute = 10 };
}

/// <summary>A token bucket per client: <see cref="Burst"/> requests at once, refilled by <see cref="PerMinute"/> a minute, evenly.</summary>
public sealed class ClientLimit
{
    public int Burst { get; set; }

    public int PerMinute { get; set; }
}
