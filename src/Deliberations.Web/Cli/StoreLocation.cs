using System.Text.RegularExpressions;
using Deliberations.Web.Data;

namespace Deliberations.Web.Cli;

/// <summary>
/// What <c>--db</c> (or <c>DELIBERATIONS_DB</c>) may name: a SQLite file or a PostgreSQL database
/// (<see cref="DatabaseEngines"/>). Any other address is refused in words rather than taken for a
/// file name: <c>serve --db mysql://…</c> would create a SQLite file named after the address and
/// serve it empty, as if all were well.
/// </summary>
public static partial class StoreLocation
{
    /// <summary>Why <paramref name="db"/> cannot be served, in French; null for a file path.</summary>
    public static string? Problem(string db) => DatabaseEngines.Problem(db) is { } problem ? $"--db {Shown(db)} : {problem}" : null;

    /// <summary>The address without what comes between <c>://</c> and <c>@</c>, nor any <c>Password=</c>: a message must not print a password.</summary>
    private static string Shown(string db) => Password().Replace(UserInfo().Replace(db, "$1…@"), "$1…");

    [GeneratedRegex(@"^([a-z][a-z0-9+.-]*://)[^/@]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"((^|;)\s*Password\s*=)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex Password();
}
