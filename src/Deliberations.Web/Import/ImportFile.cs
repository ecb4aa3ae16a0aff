namespace Deliberations.Web.Import;

/// <summary>The files an import reads: files as given, and the <c>.txt</c> files below folders, in a stable order.</summary>
public static class ImportFile
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint, MatchCasing = MatchCasing.CaseInsensitive };
                foreach (var file in Directory.EnumerateFiles(path, "*.txt", options).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                // A missing file is reported by the importer, not skipped here: the summary must count it.
                yield return path;
            }
        }
    }
}
