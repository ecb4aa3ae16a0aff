namespace Deliberations.Web.Import;

/// <summary>
/// An import that cannot go on: the store refuses every write (disk full, read only) or another
/// import holds it. <see cref="Exception.Message"/> is the plain French sentence to show;
/// <see cref="Summary"/> counts what was committed before the stop, which stays stored.
/// </summary>
public sealed class ImportStoppedException(string message, ImportSummary summary, Exception? inner = null) : Exception(message, inner)
{
    public ImportSummary Summary { get; } = summary;
}
