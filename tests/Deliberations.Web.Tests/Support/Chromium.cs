namespace Deliberations.Web.Tests.Support;

/// <summary>
/// Debian's Chromium, which the browser tests drive (Playwright's own browser download does not work
/// on these machines). Without it the browser tests are skipped, except under CI where they must run.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Flags for a headless browser that stays quiet on the network and needs no GPU or sandbox (root in CI).</summary>
    public static readonly IReadOnlyList<string> Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary><c>DELIBERATIONS_CHROMIUM</c> overrides the path, e.g. to check that a missing browser skips.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("DELIBERATIONS_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI must not report green because it silently skipped the browser.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests are skipped, or null when they run.</summary>
    public static string? SkipReason => IsInstalled || IsRequired
        ? null
        : $"{ExecutablePath} is missing, browser tests skipped: install Debian's chromium (apt-get install chromium). With CI=true they fail instead.";

    public static string MissingInCiMessage =>
        $"{ExecutablePath} is missing and CI=true: browser tests must run in CI (.ci/run installs chromium with apt-get).";
}
