using System.Diagnostics;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// A tmpfs of a chosen size mounted for one test, to make a real full or read-only disk: resized or
/// made read-only in place (a remount keeps its files), unmounted afterwards. Needs root.
/// </summary>
public sealed class ScratchDisk : IDisposable
{
    private ScratchDisk(string path) => Path = path;

    public string Path { get; }

    public static ScratchDisk Mount(long bytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"deliberations-disk-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", path);
        return new ScratchDisk(path);
    }

    /// <summary>Bytes in use on the disk.</summary>
    public long Used => new DriveInfo(Path) is var d ? d.TotalSize - d.TotalFreeSpace : 0;

    public void Resize(long bytes) => Run("mount", "-o", $"remount,size={bytes}", Path);

    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void MakeWritable() => Run("mount", "-o", "remount,rw", Path);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true }) ?? throw new InvalidOperationException(program);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error}");
        }
    }
}
