using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SearchApp.Web.Tests.Support;

/// <summary>
/// The real web app as a separate OS process (the SearchApp.Web.dll built beside the tests), so a test can
/// kill it with SIGKILL and start it again on the same data directory.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<AppProcess> StartAsync(string dataDirectory)
    {
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SearchApp.Web.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl.ToString());
        info.Environment["SearchApp__DataDirectory"] = dataDirectory;
        info.Environment["SearchApp__SamplePath"] = Path.Combine(SearchAppFactory.RepoRoot(), "index-data", "sample");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, baseUrl);
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        return app;
    }

    public HttpClient Client() => new() { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>SIGKILL: no shutdown hooks, no flushing, exactly like a crash or power cut of the process.</summary>
    public void Crash()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Crash();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with code {_process.ExitCode} while starting");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the app did not become healthy in time");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
