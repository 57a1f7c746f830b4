using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// The built Meldcode.Web.dll run as its own process, the way an operator runs it. Output is
/// collected; the process is killed when disposed, however the test ended.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    /// <summary>Variables of the test runner's own environment that would change how the app behaves.</summary>
    private static readonly string[] InheritedPrefixesToDrop = ["ASPNETCORE_", "DOTNET_ENVIRONMENT", "Authentication__", "Storage__", "Logging__"];

    private readonly Process _process;
    private readonly List<string> _standardOutput = [];
    private readonly List<string> _standardError = [];

    private AppProcess(Process process)
    {
        _process = process;
    }

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> StandardOutputLines
    {
        get
        {
            lock (_standardOutput)
            {
                return [.. _standardOutput];
            }
        }
    }

    /// <summary>Standard output and standard error, for assertions and failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_standardOutput)
            {
                lock (_standardError)
                {
                    return string.Join(Environment.NewLine, [.. _standardOutput, .. _standardError]);
                }
            }
        }
    }

    /// <summary>Starts <c>dotnet Meldcode.Web.dll [arguments]</c> in the dll's folder (its content root) with exactly these settings.</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var assembly = RepositoryPaths.WebAssembly;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} does not exist: build the solution in the {RepositoryPaths.Configuration} configuration first.");
        }

        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in startInfo.Environment.Keys.Where(name => InheritedPrefixesToDrop.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var appProcess = new AppProcess(process);
        process.OutputDataReceived += (_, line) => Collect(appProcess._standardOutput, line.Data);
        process.ErrorDataReceived += (_, line) => Collect(appProcess._standardError, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return appProcess;
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits for the process to end by itself (and for all its output); kills it and fails after the timeout.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw new TimeoutException($"The application did not exit within {timeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    private static void Collect(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }
    }
}
