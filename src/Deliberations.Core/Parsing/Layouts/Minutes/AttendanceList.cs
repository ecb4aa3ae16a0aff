using System.Text;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>One attendance list of minutes being gathered, line by line, with where each line starts in it.</summary>
internal sealed class AttendanceList(ListKind kind, int line)
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Offset, int Line)> _lines = [];

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
            var oneByLine = !_text.ToString().Contains(',', StringComparison.Ordinal);
            return oneByLine ? _text.ToString().Replace("\n", " ; ", StringComparison.Ordinal) : _text.ToString().Replace('\n', ' ');
        }
    }

    /// <summary>The list's last line ends with a comma: its next line, past a blank, still belongs to it.</summary>
    public bool Unfinished => _text.Length > 0 && _text.ToString().TrimEnd().EndsWith(',');

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

        _lines.Add((_text.Length, line));
        _text.Append(text.Trim());
    }

    /// <summary>The line a name stands on, or the list's first.</summary>
    public int LineOf(string name)
    {
        var at = _text.ToString().IndexOf(name, StringComparison.Ordinal);
        return at < 0 ? Line : _lines.LastOrDefault(l => l.Offset <= at, (Offset: 0, Line)).Line;
    }
}
