using System.Globalization;

namespace Deliberations.Web.Import;

/// <summary>
/// Reads the bytes of a file meant to be an extract, or says in French why it is not one, without
/// ever blocking or reading more than an extract can weigh.
/// </summary>
public static class ExtractBytes
{
    /// <summary>
    /// Real extracts weigh 5 to 300 KB; 2 MB leaves room for a long budget annex while a file ten
    /// times that is surely something else (an export, a dump) and is not worth parsing.
    /// </summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    public static (byte[]? Bytes, string? Error) Read(string path)
    {
        try
        {
            var (info, error) = Target(path);
            if (info is null)
            {
                return (null, error);
            }

            // A pipe or a device has no size: opening a pipe would wait for a writer forever, and a
            // device may never end. An empty file has nothing to import either.
            if (info.Length == 0)
            {
                return (null, "fichier vide, ou fichier spécial (tube, périphérique) : rien à lire");
            }

            if (info.Length > MaxBytes)
            {
                return (null, $"fichier trop volumineux pour un extrait : {Megabytes(info.Length)} (limite {Megabytes(MaxBytes)} ; un extrait pèse de 5 à 300 Ko)");
            }

            var (bytes, changing) = ReadUnchanged(info, File.ReadAllBytes);
            return bytes is null ? (null, changing)
                : BinaryContent.Describe(bytes) is { } kind ? (null, $"n'est pas un extrait en texte : {kind}")
                : (bytes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, "illisible : " + ex.Message);
        }
    }

    /// <summary>
    /// The bytes, unless the file's size or modification time changed while <paramref name="read"/>
    /// read it: a file still being written (a copy under way) would be stored cut short, and become
    /// the current version of its decision.
    /// </summary>
    internal static (byte[]? Bytes, string? Error) ReadUnchanged(FileInfo info, Func<string, byte[]> read)
    {
        var (length, written) = (info.Length, info.LastWriteTimeUtc);
        var bytes = read(info.FullName);
        info.Refresh();
        return bytes.Length == length && info.Length == length && info.LastWriteTimeUtc == written
            ? (bytes, null)
            : (null, "fichier en cours d'écriture (sa taille ou sa date a changé pendant la lecture) : non stocké ; relancez l'import quand il sera complet");
    }

    /// <summary>
    /// The file itself, or the one its links lead to: a link's own size says nothing of what it
    /// points at (a pipe, a huge file). Null, with the reason, when there is no such file.
    /// </summary>
    private static (FileInfo? File, string? Error) Target(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not { } link)
        {
            return info.Exists ? (info, null) : (null, Directory.Exists(path) ? "est un dossier" : "fichier introuvable");
        }

        FileSystemInfo? target;
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return (null, $"lien symbolique qui tourne en boucle (vers {link})");
        }

        return target is FileInfo { Exists: true } file ? (file, null)
            : Directory.Exists(path) ? (null, "est un dossier")
            : (null, $"lien symbolique cassé (vers {link})");
    }

    private static string Megabytes(long bytes) =>
        string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{bytes / (1024.0 * 1024.0):0.#} Mo");
}
