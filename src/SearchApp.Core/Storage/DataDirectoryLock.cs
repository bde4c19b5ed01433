using System.Globalization;

namespace SearchApp.Core.Storage;

/// <summary>
/// An exclusive, process-wide lock on a data directory, held while an archive is open. Lucene.Net's own
/// write.lock does not stop a second process on Linux (seen here: a CLI ingest opened an IndexWriter while
/// the web app held one), so we take our own: a file opened with FileShare.None, which .NET maps to an
/// advisory flock on Unix and a share-mode lock on Windows. The OS drops it when the process dies, so a
/// crash never leaves a stale lock behind. The holder's pid is written beside it for the error message.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    private const string LockFile = "searchapp.lock";
    private const string PidFile = "searchapp.pid";
    private readonly FileStream _stream;
    private readonly string _pidPath;

    private DataDirectoryLock(FileStream stream, string pidPath)
    {
        _stream = stream;
        _pidPath = pidPath;
    }

    public static DataDirectoryLock Acquire(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var pidPath = Path.Combine(dataDirectory, PidFile);
        try
        {
            var stream = new FileStream(Path.Combine(dataDirectory, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(pidPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            return new DataDirectoryLock(stream, pidPath);
        }
        catch (IOException ex)
        {
            var holder = TryReadPid(pidPath);
            throw new Indexing.IndexLockedException(
                $"The data directory {dataDirectory} is in use by another SearchApp process{(holder is null ? "" : $" (pid {holder})")}, e.g. the running web app. Stop it first, or use another directory with --data.",
                ex);
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_pidPath);
        }
        catch (IOException)
        {
            // Best effort: a leftover pid file is harmless, the lock itself is what counts.
        }

        _stream.Dispose();
    }

    private static string? TryReadPid(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
