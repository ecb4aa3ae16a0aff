namespace Deliberations.Web.Import;

/// <summary>
/// A file an import reads, or the reason it cannot be read that only the walk of its folder knows
/// (a link back to a folder above it). Folders give their <c>.txt</c> files in a stable order.
/// </summary>
public sealed record ImportFile(string Path, string? Error = null)
{
    /// <summary>When the file was last written (the earliest possible time when it cannot be known).</summary>
    public DateTime WrittenAt { get; } = Error is null && File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;

    public static IEnumerable<ImportFile> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path, new HashSet<string>(StringComparer.Ordinal), []))
                {
                    yield return file;
                }
            }
            else
            {
                // A missing file is reported by the importer, not skipped here: the summary must count it.
                yield return new ImportFile(path);
            }
        }
    }

    /// <summary>
    /// Follows links, to files and to folders, so that extracts filed through links are not lost;
    /// each real folder is read once, so a link back to a folder above (a loop) ends the walk there
    /// and is reported, and a second link to the same folder adds nothing.
    /// </summary>
    private static IEnumerable<ImportFile> Walk(string folder, HashSet<string> seen, List<string> above)
    {
        var (real, files, subs, error) = List(folder);
        if (error is not null)
        {
            yield return new ImportFile(folder, "dossier illisible : " + error);
            yield break;
        }

        if (above.Contains(real))
        {
            yield return new ImportFile(folder, $"boucle de liens symboliques : ce dossier mène à {real}, déjà parcouru au-dessus ; ignoré");
            yield break;
        }

        if (!seen.Add(real))
        {
            yield break;
        }

        above.Add(real);
        foreach (var file in files)
        {
            yield return new ImportFile(file);
        }

        foreach (var sub in subs)
        {
            foreach (var file in Walk(sub, seen, above))
            {
                yield return file;
            }
        }

        above.RemoveAt(above.Count - 1);
    }

    /// <summary>The folder's real path (links resolved), its <c>.txt</c> files and its folders, or why they cannot be read.</summary>
    private static (string Real, List<string> Files, List<string> Folders, string? Error) List(string folder)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, MatchCasing = MatchCasing.CaseInsensitive };
        try
        {
            return (
                RealPath(folder),
                [.. Directory.EnumerateFiles(folder, "*.txt", options).Order(StringComparer.Ordinal)],
                [.. Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal)],
                null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ("", [], [], ex.Message);
        }
    }

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName is { } target ? RealPath(target) : Parent(info);
    }

    /// <summary>A folder reached through a linked folder above it has its parent's real path.</summary>
    private static string Parent(DirectoryInfo info) =>
        info.Parent is { } parent ? System.IO.Path.Combine(RealPath(parent.FullName), info.Name) : info.FullName;
}
