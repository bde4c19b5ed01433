using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace SearchApp.Browser.Tests.Support;

/// <summary>
/// The real web app, started as its own process on a free loopback port and a fresh data directory (so it
/// ingests the bundled sample on first start), with users created beforehand through the real CLI.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    public const string Password = "browser-tests-pw";

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly Dictionary<string, string> _tokens;

    private AppServer(Process process, string baseUrl, string dataDirectory, Dictionary<string, string> tokens)
    {
        _process = process;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
        _tokens = tokens;
    }

    public string BaseUrl { get; }

    public string DataDirectory { get; }

    /// <summary>What the app printed so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The API token the CLI printed for a user.</summary>
    public string TokenOf(string user) => _tokens[user];

    public static async Task<AppServer> StartAsync(IReadOnlyList<(string Name, string Role)> users)
    {
        var repo = RepoRoot();
        var configuration = typeof(AppServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "BuildConfiguration").Value!;
        var webDll = Path.Combine(repo, "src", "SearchApp.Web", "bin", configuration, "net10.0", "SearchApp.Web.dll");
        var cliDll = Path.Combine(repo, "src", "SearchApp.Cli", "bin", configuration, "net10.0", "searchapp.dll");
        var dataDirectory = Path.Combine(Path.GetTempPath(), "searchapp-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);

        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, role) in users)
        {
            tokens[name] = await AddUserAsync(cliDll, dataDirectory, name, role);
        }

        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { webDll, "--urls", baseUrl, "--contentRoot", Path.Combine(repo, "src", "SearchApp.Web") },
            WorkingDirectory = Path.Combine(repo, "src", "SearchApp.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["SearchApp__DataDirectory"] = dataDirectory;
        start.Environment["SearchApp__SamplePath"] = Path.Combine(repo, "index-data", "sample");
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web app");
        var server = new AppServer(process, baseUrl, dataDirectory, tokens);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the web app exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
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

        throw new TimeoutException($"the web app did not answer /healthz within 90 s:\n{Log}");
    }

    private static async Task<string> AddUserAsync(string cliDll, string dataDirectory, string name, string role)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cliDll, "users", "add", name, "--role", role, "--data", dataDirectory },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        await process.StandardInput.WriteLineAsync(Password);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"users add {name} failed: {await error}");
        }

        return (await output).Trim();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchApp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SearchApp.sln not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
