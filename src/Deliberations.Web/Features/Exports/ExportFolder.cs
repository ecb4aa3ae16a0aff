using Deliberations.Web.Data;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// The folder of export files, <see cref="IDatabaseEngine.DefaultExportFolder"/> unless
/// <c>Deliberations:Exports</c> names another: one file per export and stamp,
/// <c>presences.{settings}.{data}.csv</c>. A file is written under a temporary name and renamed when
/// whole, so a reader never opens half a file; the files of earlier states are deleted after. Only
/// one writer at a time may write or delete here (<see cref="ExportWriter"/>).
/// </summary>
public sealed class ExportFolder(string path)
{
    private const string Extension = ".csv";

    private const string Temporary = ".tmp";

    /// <summary>Files of other settings (another site on the same store, or the <c>import</c> verb configured otherwise) are left this long to whoever serves them.</summary>
    private static readonly TimeSpan OtherSettingsKept = TimeSpan.FromDays(1);

    public string Path => path;

    /// <summary>The folder of another council's exports: <c>conseils/{slug}</c> within this one.</summary>
    public ExportFolder Within(string councilSlug) => new(System.IO.Path.Combine(path, "conseils", councilSlug));

    public static ExportFolder For(StorageOptions storage, IDatabaseEngine engine) =>
        new(System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(storage.Exports) ? engine.DefaultExportFolder : storage.Exports));

    /// <summary>The file of <paramref name="export"/> written from the state <paramref name="stamp"/> names, or null.</summary>
    public ExportFile? Open(CsvExport export, ExportStamp stamp) => TryOpen(System.IO.Path.Combine(path, NameOf(export, stamp)), stamp.ToString());

    /// <summary>The file of <paramref name="export"/> written last under these settings, whatever state it was written from, or null.</summary>
    public ExportFile? OpenNewest(CsvExport export, string settings)
    {
        foreach (var (file, stamp) in Written(export).Where(f => f.Stamp.Settings == settings).OrderByDescending(f => f.File.LastWriteTimeUtc))
        {
            if (TryOpen(file.FullName, stamp.ToString()) is { } opened)
            {
                return opened;
            }
        }

        return null;
    }

    /// <summary>Whether every export of <paramref name="stamp"/> is here.</summary>
    public bool Holds(ExportStamp stamp) => CsvExports.All.All(e => File.Exists(System.IO.Path.Combine(path, NameOf(e, stamp))));

    /// <summary>
    /// Writes one export: into a temporary file of this folder, flushed to the disk, then renamed
    /// (atomic within one file system), so its name only ever shows a whole file, even after a power cut.
    /// </summary>
    public async Task WriteAsync(CsvExport export, ExportStamp stamp, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(path);
        var final = System.IO.Path.Combine(path, NameOf(export, stamp));
        var temporary = final + Temporary;
        try
        {
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, useAsync: true))
            {
                await write(file);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, final, overwrite: true);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>
    /// Once every export of <paramref name="stamp"/> is written: deletes the files of earlier states
    /// under the same settings, those of other settings not written for a day, and the temporary
    /// files a writer stopped midway left (no other writer can be at work).
    /// </summary>
    public void DeleteAllBut(ExportStamp stamp, DateTimeOffset now)
    {
        foreach (var export in CsvExports.All)
        {
            foreach (var (file, written) in Written(export))
            {
                if (written.Settings == stamp.Settings ? written != stamp : now - file.LastWriteTimeUtc > OtherSettingsKept)
                {
                    file.Delete();
                }
            }
        }

        foreach (var leftover in Directory.EnumerateFiles(path, "*" + Extension + Temporary))
        {
            File.Delete(leftover);
        }
    }

    private static string NameOf(CsvExport export, ExportStamp stamp) => $"{BaseName(export)}.{stamp}{Extension}";

    private static string BaseName(CsvExport export) => System.IO.Path.GetFileNameWithoutExtension(export.FileName);

    /// <summary>The files of <paramref name="export"/> here, each with the stamp its name carries.</summary>
    private IEnumerable<(FileInfo File, ExportStamp Stamp)> Written(CsvExport export)
    {
        if (!Directory.Exists(path))
        {
            yield break;
        }

        var prefix = BaseName(export) + ".";
        foreach (var file in new DirectoryInfo(path).EnumerateFiles(prefix + "*" + Extension))
        {
            if (file.Name[prefix.Length..^Extension.Length].Split('.') is [var settings, var data])
            {
                yield return (file, new ExportStamp(settings, data));
            }
        }
    }

    /// <summary>A half-written file is removed if it can be; the fault that stopped it is what the writer reports.</summary>
    private static void DeleteQuietly(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only or vanished folder: nothing was left there to remove.
        }
    }

    private static ExportFile? TryOpen(string file, string stamp)
    {
        try
        {
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1 << 16, useAsync: true);
            return new ExportFile(stream, stamp, File.GetLastWriteTimeUtc(stream.SafeFileHandle));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            // Not written yet, deleted by a newer writer since it was listed, or out of reach: as
            // if missing, so the writer tries and, failing, has the download streamed.
            return null;
        }
    }
}
