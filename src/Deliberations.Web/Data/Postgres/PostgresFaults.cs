using System.Net.Sockets;
using Npgsql;

namespace Deliberations.Web.Data.Postgres;

/// <summary>Faults of the PostgreSQL server rather than of one document, said in plain French.</summary>
internal static class PostgresFaults
{
    public static string? Describe(Exception exception, string database)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException { SqlState: PostgresErrorCodes.DiskFull }:
                    return $"Le disque du serveur PostgreSQL ({database}) est plein : libérez de la place puis relancez l'import ; ce qui a été enregistré avant reste enregistré.";
                case PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction }:
                    return $"La base PostgreSQL {database} n'accepte que la lecture (un réplica ?) : importez sur le serveur principal.";
                case PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } p:
                    return $"L'utilisateur de la base PostgreSQL {database} n'a pas le droit d'écrire ({p.MessageText}).";
                case PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal):
                    return $"Le serveur PostgreSQL de {database} a interrompu le travail ({((PostgresException)e).MessageText}) : relancez quand il répond.";
                case NpgsqlException { InnerException: SocketException or TimeoutException or IOException }:
                    return $"Le serveur PostgreSQL de {database} ne répond pas : vérifiez qu'il tourne et que l'adresse est juste, puis relancez.";
            }
        }

        return null;
    }
}
