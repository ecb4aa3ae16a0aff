namespace Deliberations.Web.Hosting.Caching;

/// <summary>The <c>Deliberations:PageCache</c> configuration section.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Deliberations:PageCache";

    /// <summary>Off only to measure what a page costs to render (<c>bench/run-all.sh</c> does).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How stale a page may be after another process imports: the database's change counter is read
    /// at most this often. Tests set zero, so a page always reflects the import they just ran.
    /// </summary>
    public TimeSpan VersionCheckInterval { get; set; } = TimeSpan.FromSeconds(1);
}
