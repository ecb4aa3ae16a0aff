using System.Text.RegularExpressions;
using Deliberations.Web.Data.Postgres;
using Deliberations.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Deliberations.Web.Data;

/// <summary>Which engine serves the store that <c>--db</c> (<see cref="StorageOptions.Database"/>) names: a PostgreSQL address, or else a SQLite file.</summary>
public static partial class DatabaseEngines
{
    /// <summary>Why <paramref name="database"/> names no store an engine can open, in French; null when one can.</summary>
    public static string? Problem(string database)
    {
        if (PostgresAddress.Names(database))
        {
            try
            {
                PostgresAddress.ConnectionString(database);
                return null;
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return e.Message;
            }
        }

        return AnyUri().IsMatch(database)
            ? "ni le chemin d'un fichier SQLite (--db chemin/vers/deliberations.db) ni l'adresse d'une base PostgreSQL (--db postgresql://utilisateur@hôte/base)."
            : null;
    }

    /// <param name="interceptors">Added to every context the engine makes: what a test counts or a profiler watches.</param>
    public static IDatabaseEngine Open(string database, IEnumerable<IInterceptor> interceptors) =>
        PostgresAddress.Names(database)
            ? new PostgresEngine(PostgresAddress.ConnectionString(database), [.. interceptors])
            : new SqliteEngine(SqliteEngine.ConnectionString(database), [.. interceptors]);

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase)]
    private static partial Regex AnyUri();
}
