namespace SearchApp.Cli;

/// <summary>A one-line progress bar on stderr, drawn only when stderr is a terminal (never in logs or pipes).</summary>
public sealed class ProgressBar
{
    private const int Width = 30;
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private DateTime _last = DateTime.MinValue;

    public void Draw(double fraction, string text, bool force = false)
    {
        if (!_enabled || (!force && (DateTime.UtcNow - _last).TotalMilliseconds < 200))
        {
            return;
        }

        _last = DateTime.UtcNow;
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * Width);
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0} {text}   ");
    }

    public void Done()
    {
        if (_enabled)
        {
            Console.Error.WriteLine();
        }
    }
}
