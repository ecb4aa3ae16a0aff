namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// One import at a time per store: a lock file beside it, held open exclusively for the import's
/// length. The operating system releases it when the process ends, however it ends, so a crashed
/// import never leaves the store locked. Two imports interleaving their batches broke each other
/// (one dropped the indexes the other used; each believed it knew every stored text).
/// </summary>
internal static class ImportLock
{
    /// <summary>The lock, or null when another process holds it.</summary>
    public static IDisposable? TryAcquire(string databasePath)
    {
        try
        {
            return new FileStream(databasePath + "-import.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException) when (File.Exists(databasePath + "-import.lock"))
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No lock file can be made (a read-only folder): no import can write either, and the
            // store's own error says so more precisely than a lock would.
            return new NoLock();
        }
    }

    private sealed class NoLock : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
