namespace SearchApp.Core.Articles;

/// <summary>
/// How far through its files a <see cref="CorpusReader"/> is, by bytes of the files on disk
/// (compressed bytes for .gz), so a progress bar can be drawn without counting lines first.
/// Read it on the thread that enumerates the records.
/// </summary>
public sealed class CorpusProgress
{
    private Stream? _current;

    public long TotalBytes { get; internal set; }

    public long FinishedBytes { get; internal set; }

    public string? CurrentFile { get; private set; }

    public double Fraction
    {
        get
        {
            if (TotalBytes <= 0)
            {
                return 0;
            }

            long position = 0;
            try
            {
                position = _current is { CanSeek: true } s ? s.Position : 0;
            }
            catch (ObjectDisposedException)
            {
                position = 0;
            }

            return Math.Clamp((FinishedBytes + position) / (double)TotalBytes, 0, 1);
        }
    }

    internal void Begin(string file, Stream? raw)
    {
        CurrentFile = file;
        _current = raw;
    }

    internal void End(long fileLength)
    {
        FinishedBytes += fileLength;
        _current = null;
    }
}
