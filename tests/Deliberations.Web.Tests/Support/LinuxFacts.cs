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
