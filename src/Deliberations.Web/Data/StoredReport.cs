namespace Deliberations.Web.Data;

/// <summary>Reads a decision's report back from where the store keeps it (see <see cref="Entities.Decision.ReportStart"/>).</summary>
public static class StoredReport
{
    /// <param name="copy">The decision's own copy, kept by stores made before reports were spans.</param>
    /// <param name="source">The current document's text, asked for only when there is no copy.</param>
    public static string Text(string? copy, string? source, int start, int length)
    {
        if (copy is not null || source is null)
        {
            return copy ?? "";
        }

        // A span past the text's end could only come from a damaged store: show what is there.
        var from = Math.Clamp(start, 0, source.Length);
        return source.Substring(from, Math.Clamp(length, 0, source.Length - from));
    }
}
