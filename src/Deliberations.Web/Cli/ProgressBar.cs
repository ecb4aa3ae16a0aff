using Deliberations.Web.Import;

namespace Deliberations.Web.Cli;

/// <summary>
/// A progress bar for long imports: redrawn in place on a terminal, a line every tenth when
/// stderr is a file or a pipe (so CI logs stay short). Short imports show nothing.
/// </summary>
public sealed class ProgressBar(TextWriter output) : IProgress<ImportProgress>
{
    private const int Width = 30;
    private const int Quiet = 20;
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private long _lastDraw;
    private int _lastTenth = -1;

    public void Report(ImportProgress value)
    {
        if (value.Total < Quiet)
        {
            return;
        }

        var fraction = (double)value.Done / value.Total;
        var finished = value.Done == value.Total;
        if (_interactive)
        {
            var now = Environment.TickCount64;
            if (!finished && now - _lastDraw < 100)
            {
                return;
            }

            _lastDraw = now;
            var filled = (int)(fraction * Width);
            output.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {value.Done}/{value.Total}");
            if (finished)
            {
                output.WriteLine();
            }
        }
        else if ((int)(fraction * 10) is var tenth && tenth != _lastTenth)
        {
            _lastTenth = tenth;
            output.WriteLine($"{value.Done}/{value.Total} ({tenth * 10} %)");
        }
    }
}
