using System.Text.RegularExpressions;

namespace Deliberations.Web.Cli;

/// <summary>
/// What <c>--db</c> (or <c>DELIBERATIONS_DB</c>) may name: a SQLite file. An address of a database
/// server is refused in words rather than taken for a file name: <c>serve --db postgresql://…</c>
/// used to create a SQLite file named after the address and serve it empty, as if all were well.
/// </summary>
public static partial class StoreLocation
{
    /// <summary>Why <paramref name="db"/> cannot be served, in French; null for a file path.</summary>
    public static string? Problem(string db)
    {
        if (PostgresUri().IsMatch(db) || PostgresKeywords().IsMatch(db))
        {
            return $"--db {Shown(db)} : une base PostgreSQL n'est pas encore prise en charge ; cette version sert un fichier SQLite (--db chemin/vers/deliberations.db).";
        }

        return AnyUri().IsMatch(db)
            ? $"--db {Shown(db)} : ce n'est pas le chemin d'un fichier SQLite (--db chemin/vers/deliberations.db)."
            : null;
    }

    /// <summary>The address without what comes between <c>://</c> and <c>@</c>, nor any <c>Password=</c>: a message must not print a password.</summary>
    private static string Shown(string db) => Password().Replace(UserInfo().Replace(db, "$1…@"), "$1…");

    [GeneratedRegex(@"^postgres(ql)?://", RegexOptions.IgnoreCase)]
    private static partial Regex PostgresUri();

    [GeneratedRegex(@"(^|;)\s*(Host|Server|Database|Username|User ID)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex PostgresKeywords();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase)]
    private static partial Regex AnyUri();

    [GeneratedRegex(@"^([a-z][a-z0-9+.-]*://)[^/@]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"((^|;)\s*Password\s*=)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex Password();
}
