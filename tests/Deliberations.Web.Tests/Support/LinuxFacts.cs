namespace Deliberations.Web.Tests.Support;

/// <summary>A fact about Linux file system objects (pipes, symbolic links): skipped elsewhere with the reason.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute() => Skip = OperatingSystem.IsLinux() ? null : "needs Linux: mkfifo and symbolic links as Linux makes them";
}

/// <summary>A fact about file modes: root reads any file whatever its mode, so it is skipped as root.</summary>
public sealed class UnprivilegedLinuxFactAttribute : FactAttribute
{
    public UnprivilegedLinuxFactAttribute() => Skip =
        !OperatingSystem.IsLinux() ? "needs Linux file modes"
        : Environment.IsPrivilegedProcess ? "runs as root, which reads a file whatever its mode (the pipe, link and folder tests cover unreadable files)"
        : null;
}

/// <summary>A fact that mounts a small file system of its own (a full or read-only disk): needs root on Linux, skipped otherwise with the reason.</summary>
public sealed class MountingLinuxFactAttribute : FactAttribute
{
    public MountingLinuxFactAttribute() => Skip =
        !OperatingSystem.IsLinux() ? "needs Linux to mount a small tmpfs"
        : !Environment.IsPrivilegedProcess ? "needs root to mount a small tmpfs (CI runs as root)"
        : null;
}
