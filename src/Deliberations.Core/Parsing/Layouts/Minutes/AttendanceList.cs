using System.Text;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>One attendance list of minutes being gathered, line by line, with where each line starts in it.</summary>
internal sealed class AttendanceList(ListKind kind, int line)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];
    private readonly List<int> _lineNumbers = [];
    private string? _joined;

    public ListKind Kind { get; } = kind;

    public int Line { get; } = line;

    /// <summary>
    /// The list as one text. Lines that hold no comma are one name (or proxy) each, so they are joined
    /// by a semicolon; wrapped lines of a comma-separated list are joined by a space (a break may fall
    /// between a first name and its surname).
    /// </summary>
    public string Text
    {
        get
        {
            var joined = Joined;
            var oneByLine = !joined.Contains(',', StringComparison.Ordinal);
            return oneByLine ? joined.Replace("\n", " ; ", StringComparison.Ordinal) : joined.Replace('\n', ' ');
        }
    }

    /// <summary>The list's last line ends with a comma: its next line, past a blank, still belongs to it.</summary>
    public bool Unfinished => _text.Length > 0 && _text[^1] == ',';

    private string Joined => _joined ??= _text.ToString();

    public void Add(string text, int line)
    {
        if (text.Trim().Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _offsets.Add(_text.Length);
        _lineNumbers.Add(line);
        _text.Append(text.Trim());
        _joined = null;
    }

    /// <summary>
    /// The line a name stands on, or the list's first. Names come in list order, so each is looked
    /// for after the previous one (<paramref name="cursor"/>): a list of many names stays linear.
    /// </summary>
    public int LineOf(string name, ref int cursor)
    {
        var at = Joined.IndexOf(name, cursor, StringComparison.Ordinal);
        if (at < 0)
        {
            return Line;
        }

        cursor = at + name.Length;
        var index = _offsets.BinarySearch(at);
        return _lineNumbers[index >= 0 ? index : ~index - 1];
    }
}
