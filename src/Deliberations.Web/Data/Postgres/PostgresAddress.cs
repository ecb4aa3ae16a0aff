using System.Text.RegularExpressions;
using Npgsql;

namespace Deliberations.Web.Data.Postgres;

/// <summary>
/// What <c>--db</c> names when it names a PostgreSQL database: a URI
/// <c>postgresql://user[:password]@host[:port]/database[?option=value…]</c> or Npgsql's keyword form
/// <c>Host=…;Database=…</c>.
/// </summary>
public static partial class PostgresAddress
{
    /// <summary>Whether <paramref name="db"/> names a PostgreSQL database rather than a file.</summary>
    public static bool Names(string db) => Uri().IsMatch(db) || Keywords().IsMatch(db);

    /// <summary>The Npgsql connection string of the address; a <see cref="FormatException"/> in French for one that cannot be read.</summary>
    public static string ConnectionString(string db)
    {
        return Checked(Uri().IsMatch(db) ? FromUri(db) : new NpgsqlConnectionStringBuilder(db).ConnectionString);
    }

    private static string FromUri(string db)
    {

        if (!System.Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || uri.AbsolutePath.Trim('/').Length == 0)
        {
            throw new FormatException("adresse PostgreSQL illisible : attendu postgresql://utilisateur[:mot de passe]@hôte[:port]/base.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Database = System.Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')),
        };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Split(':', 2) is [var user, ..] and var parts && user.Length > 0)
        {
            builder.Username = System.Uri.UnescapeDataString(user);
            if (parts.Length == 2)
            {
                builder.Password = System.Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var option in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = option.Split('=', 2);
            builder[System.Uri.UnescapeDataString(pair[0])] = pair.Length == 2 ? System.Uri.UnescapeDataString(pair[1]) : "true";
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// Npgsql checks how the options go together (<c>Target Session Attributes</c> with one host, say)
    /// only when it first connects, where the command line stopped on its English exception: checked
    /// here, so the verb says what is wrong before doing anything.
    /// </summary>
    private static string Checked(string connectionString)
    {
        try
        {
            using var source = new NpgsqlDataSourceBuilder(connectionString).Build();
            return connectionString;
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            throw new FormatException($"options de connexion PostgreSQL incompatibles entre elles ({e.Message}).", e);
        }
    }

    [GeneratedRegex(@"^postgres(ql)?://", RegexOptions.IgnoreCase)]
    private static partial Regex Uri();

    [GeneratedRegex(@"(^|;)\s*(Host|Server|Database|Username|User ID)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Keywords();
}
