using Microsoft.Data.Sqlite;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// The SQLite errors that are faults of the store, not of a document, each said in plain French with
/// what to do (result codes: https://sqlite.org/rescode.html; the primary code is the low byte).
/// </summary>
internal static class SqliteFaults
{
    public static string? Describe(Exception exception, string path)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is SqliteException sqlite && Describe(sqlite.SqliteErrorCode & 0xFF, path) is { } message)
            {
                return message;
            }

            if (ex is IOException io && (io.HResult & 0xFFFF) == 28)
            {
                return Describe(13, path);
            }
        }

        return null;
    }

    private static string? Describe(int code, string path) => code switch
    {
        13 => $"Disque plein : la base {path} ne peut plus grandir. Ce qui était enregistré avant est intact ; libérez de la place puis relancez l'import (les fichiers déjà stockés seront reconnus et ignorés).",
        8 => ReadOnly(path),
        5 or 6 => $"La base {path} est occupée par un autre programme qui écrit depuis trop longtemps : réessayez quand il aura fini.",
        10 => $"Erreur d'entrée-sortie en écrivant la base {path} (disque plein, retiré ou défectueux) : ce qui était enregistré avant est intact ; vérifiez le disque puis relancez.",
        14 when Directory.Exists(Path.GetDirectoryName(path)) => ReadOnly(path),
        14 => $"Impossible d'ouvrir la base {path} : son dossier n'existe pas ou n'est pas accessible.",
        11 or 26 => $"Le fichier {path} n'est pas une base Délibérations lisible (endommagé ou d'un autre format) : restaurez une sauvegarde (voir docs/reliability.md).",
        _ => null,
    };

    /// <summary>
    /// A store SQLite cannot write, said as such: on a read-only disk SQLite cannot even open a
    /// store in WAL mode, since it must make the shared-memory file beside it (so "cannot open" too).
    /// </summary>
    private static string ReadOnly(string path) =>
        $"La base {path} ne peut pas être écrite (disque monté en lecture seule, ou droits du fichier ou de son dossier) : rien n'y a été écrit. Rendez-la accessible en écriture puis relancez.";
}
