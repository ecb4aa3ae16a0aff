namespace Deliberations.Core.Parsing.Readers;

/// <summary>A table as printed, before any meaning is given to it: a header row and body rows of raw cells.</summary>
/// <param name="RowLines">1-based line of each body row.</param>
/// <param name="IsTabSeparated">True for the tab layout, which Markdown does not know and a page must lay out itself.</param>
public sealed record TableGrid(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> RowLines, int Line, int EndIndex, bool IsTabSeparated);

/// <summary>Finds the two table layouts of the extracts in a range of lines.</summary>
public static class TableGridReader
{
    /// <summary>Reads the table starting at line index <paramref name="i"/>, if one starts there.</summary>
    public static TableGrid? TryRead(SourceText source, int i, int end)
    {
        var lines = source.Lines;
        if (IsPipeRow(lines[i].Raw) && i + 1 < end && IsPipeSeparator(lines[i + 1].Raw))
        {
            var rows = new List<IReadOnlyList<string>>();
            var rowLines = new List<int>();
            var k = i + 2;
            for (; k < end && IsPipeRow(lines[k].Raw); k++)
            {
                rows.Add(PipeCells(lines[k].Raw));
                rowLines.Add(lines[k].Number);
            }

            return new TableGrid(PipeCells(lines[i].Raw), rows, rowLines, lines[i].Number, k, IsTabSeparated: false);
        }

        if (IsTabRow(lines[i].Raw) && i + 1 < end && IsTabRow(lines[i + 1].Raw))
        {
            var rows = new List<IReadOnlyList<string>>();
            var rowLines = new List<int>();
            var k = i + 1;
            for (; k < end && IsTabRow(lines[k].Raw); k++)
            {
                rows.Add(lines[k].Raw.TrimEnd().Split('\t'));
                rowLines.Add(lines[k].Number);
            }

            return new TableGrid(lines[i].Raw.TrimEnd().Split('\t'), rows, rowLines, lines[i].Number, k, IsTabSeparated: true);
        }

        return null;
    }

    /// <summary>True for a line that belongs to a table of either layout, so prose readers can skip it.</summary>
    public static bool LooksLikeTableRow(ReadOnlySpan<char> raw) => IsTabRow(raw) || IsPipeRow(raw);

    private static bool IsPipeRow(ReadOnlySpan<char> raw)
    {
        var t = raw.Trim();
        return t.Length > 1 && t[0] == '|' && t[1..].Contains('|');
    }

    private static bool IsPipeSeparator(ReadOnlySpan<char> raw)
    {
        var t = raw.Trim();
        return t.Length > 2 && t[0] == '|' && !t.ContainsAnyExcept("|-: ") && t.Contains("---", StringComparison.Ordinal);
    }

    // Trailing tabs are whitespace left by editors, not cells; a leading tab is an empty first cell.
    private static bool IsTabRow(ReadOnlySpan<char> raw) => raw.TrimEnd().Contains('\t');

    private static string[] PipeCells(string raw)
    {
        var t = raw.Trim();
        if (t.StartsWith('|'))
        {
            t = t[1..];
        }

        if (t.EndsWith('|'))
        {
            t = t[..^1];
        }

        return t.Split('|');
    }
}
